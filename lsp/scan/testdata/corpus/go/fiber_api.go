package main

import (
	"log"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
)

type Book struct {
	ID     int    `json:"id"`
	Title  string `json:"title"`
	Year   int    `json:"year"`
	Copies int    `json:"copies"`
}

var library = []Book{{‹1›, "Dune", ‹1965›, ‹4›}, {‹2›, "Neuromancer", ‹1984›, ‹2›}}

func listBooks(c *fiber.Ctx) error {
	limit, _ := strconv.Atoi(c.Query("limit", "‹50›"))
	if limit > ‹200› {
		return fiber.NewError(fiber.«StatusBadRequest», "limit too large")
	}
	return c.Status(«200»).JSON(library)
}

func getBook(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.NewError(«400», "bad id")
	}
	for _, b := range library {
		if b.ID == id {
			return c.JSON(b)
		}
	}
	return c.SendStatus(fiber.«StatusNotFound»)
}

func addBook(c *fiber.Ctx) error {
	b := new(Book)
	if err := c.BodyParser(b); err != nil {
		return c.Status(fiber.«StatusUnprocessableEntity»).JSON(fiber.Map{"error": err.Error()})
	}
	if b.Year < ‹1450› || b.Year > ‹2100› {
		return fiber.NewError(«422», "implausible year")
	}
	library = append(library, *b)
	return c.Status(«201»).JSON(b)
}

func oldBooks(c *fiber.Ctx) error {
	return c.Redirect("/books", «301»)
}

func removeBook(c *fiber.Ctx) error {
	return c.SendStatus(«204»)
}

func errorHandler(c *fiber.Ctx, err error) error {
	code := fiber.«StatusInternalServerError»
	if e, ok := err.(*fiber.Error); ok {
		code = e.Code
	}
	if code >= «500» {
		log.Printf("server error: %v", err)
	}
	return c.Status(code).JSON(fiber.Map{"status": code})
}

func main() {
	app := fiber.New(fiber.Config{
		ErrorHandler: errorHandler,
		BodyLimit:    ‹4› * ‹1024› * ‹1024›,
		ReadTimeout:  ‹10› * time.Second,
		Concurrency:  ‹256› * ‹1024›,
	})
	app.Get("/books", listBooks)
	app.Get("/books/:id", getBook)
	app.Post("/books", addBook)
	app.Delete("/books/:id", removeBook)
	app.Get("/library", oldBooks)
	log.Fatal(app.Listen(":‹3000›"))
}
