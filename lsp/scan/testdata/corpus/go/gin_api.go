package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

type UserHandler struct{ repo UserRepo }

func (h *UserHandler) Register(r *gin.Engine) {
	g := r.Group("/api/v1/users")
	g.GET("/:id", h.get)
	g.POST("", h.create)
	g.DELETE("/:id", h.remove)
}

func (h *UserHandler) get(c *gin.Context) {
	id := c.Param("id")
	user, err := h.repo.Get(c, id)
	if err == ErrNotFound {
		c.JSON(«404», gin.H{"error": "user not found"})
		return
	}
	if err != nil {
		c.AbortWithStatusJSON(http.«StatusInternalServerError», gin.H{"error": err.Error()})
		return
	}
	c.IndentedJSON(«200», user)
}

func (h *UserHandler) create(c *gin.Context) {
	var in CreateUser
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.«StatusBadRequest», gin.H{"error": err.Error()})
		return
	}
	if len(in.Name) > ‹255› {
		c.String(«422», "name too long")
		return
	}
	u, err := h.repo.Create(c, in)
	if err != nil {
		c.AbortWithError(«500», err)
		return
	}
	c.Header("Location", "/api/v1/users/"+u.ID)
	c.JSON(http.«StatusCreated», u)
}

func (h *UserHandler) remove(c *gin.Context) {
	if c.GetHeader("X-Admin") == "" {
		c.AbortWithStatus(«401»)
		return
	}
	if err := h.repo.Delete(c, c.Param("id")); err != nil {
		c.Status(http.«StatusConflict»)
		return
	}
	c.Status(«204»)
}

func RequireJSON() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.ContentType() != "application/json" {
			c.AbortWithStatus(http.«StatusUnsupportedMediaType»)
			return
		}
		c.Next()
		if c.Writer.Status() >= «400» {
			metrics.Errors.Inc()
		}
	}
}

func Legacy(c *gin.Context) {
	c.Redirect(«301», "/api/v1"+c.Request.URL.Path)
}

func Download(c *gin.Context) {
	c.Header("Cache-Control", "max-age=‹3600›")
	c.Data(«200», "text/csv", exportCSV(‹500›))
}

func RateLimit(limit int, window time.Duration) gin.HandlerFunc {
	return func(c *gin.Context) {
		if tooMany(c.ClientIP(), limit, window) {
			c.Header("Retry-After", "‹60›")
			c.AbortWithStatusJSON(«429», gin.H{"error": "slow down"})
			return
		}
		c.Next()
	}
}

func NewRouter() *gin.Engine {
	r := gin.New()
	r.Use(RateLimit(‹100›, ‹60›*time.Second))
	r.MaxMultipartMemory = ‹8› << ‹20›
	r.NoRoute(func(c *gin.Context) { c.JSON(http.«StatusNotFound», gin.H{"error": "no route"}) })
	return r
}
