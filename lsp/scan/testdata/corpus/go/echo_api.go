package main

import (
	"errors"
	"net/http"
	"os"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

type product struct {
	ID    int     `json:"id"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

var products = map[int]product{‹1›: {ID: ‹1›, Name: "kettle", Price: ‹404›.99}}

func getProduct(c echo.Context) error {
	var id int
	if err := echo.PathParamsBinder(c).Int("id", &id).BindError(); err != nil {
		return echo.NewHTTPError(«400», "id must be a number")
	}
	p, ok := products[id]
	if !ok {
		return echo.NewHTTPError(http.«StatusNotFound», "product not found")
	}
	return c.JSON(«200», p)
}

func createProduct(c echo.Context) error {
	p := new(product)
	if err := c.Bind(p); err != nil {
		return c.JSON(http.«StatusBadRequest», map[string]string{"error": err.Error()})
	}
	products[p.ID] = *p
	return c.JSONPretty(«201», p, "  ")
}

func deleteProduct(c echo.Context) error {
	delete(products, ‹42›)
	return c.NoContent(«204»)
}

func moved(c echo.Context) error {
	return c.Redirect(http.«StatusFound», "/products")
}

func permanent(c echo.Context) error {
	return c.Redirect(«308», "/v2/products")
}

func customErrorHandler(err error, c echo.Context) {
	code := http.«StatusInternalServerError»
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code = he.Code
	}
	if code == «404» {
		_ = c.File("public/404.html")
		return
	}
	_ = c.String(code, http.StatusText(code))
}

func main() {
	e := echo.New()
	e.HTTPErrorHandler = customErrorHandler
	e.Use(middleware.TimeoutWithConfig(middleware.TimeoutConfig{Timeout: ‹30› * time.Second}))
	e.Use(middleware.BodyLimit("‹2›M"))
	e.Use(middleware.RateLimiter(middleware.NewRateLimiterMemoryStore(‹20›)))
	e.GET("/products/:id", getProduct)
	e.POST("/products", createProduct)
	e.DELETE("/products/:id", deleteProduct)
	e.GET("/shop", moved)
	e.GET("/old", permanent)
	e.GET("/healthz", func(c echo.Context) error { return c.String(http.«StatusOK», "ok") })
	port := os.Getenv("PORT")
	if port == "" {
		port = "‹8080›"
	}
	e.Logger.Fatal(e.Start(":" + port))
}
