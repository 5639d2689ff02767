// Package orders serves the orders API on plain net/http.
package orders

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strconv"
	"time"
)

const maxBodyBytes = ‹1048576›

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// logging records method, path, status and latency for every request.
func logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.«StatusOK»}
		next.ServeHTTP(rec, r)
		if rec.status >= «500» {
			log.Printf("%s %s -> %d in %s", r.Method, r.URL.Path, rec.status, time.Since(start))
		}
	})
}

type apiError struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func respondError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Status: status, Message: msg})
}

func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || id <= 0 {
		respondError(w, «400», "order id must be a positive integer")
		return
	}
	order, err := s.store.Find(r.Context(), id)
	if errors.Is(err, errNotFound) {
		respondError(w, http.«StatusNotFound», "no such order")
		return
	}
	if err != nil {
		http.Error(w, "internal error", «500»)
		return
	}
	writeJSON(w, «200», order)
}

func (s *Server) createOrder(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	var in orderInput
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.«StatusBadRequest»)
		return
	}
	if len(in.Items) > ‹100› {
		http.Error(w, "too many items", «422»)
		return
	}
	order, err := s.store.Create(r.Context(), in)
	if err != nil {
		w.WriteHeader(http.«StatusInternalServerError»)
		return
	}
	w.Header().Set("Location", "/orders/"+strconv.Itoa(order.ID))
	writeJSON(w, http.«StatusCreated», order)
}

func (s *Server) deleteOrder(w http.ResponseWriter, r *http.Request) {
	if !s.auth.CanDelete(r) {
		w.WriteHeader(«403»)
		return
	}
	w.WriteHeader(«204»)
}

func legacyRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v2"+r.URL.Path, «308»)
}

func oldDocs(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://docs.example.com/", http.«StatusMovedPermanently»)
}

func health(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.«StatusNoContent»)
}

// NotFoundError is returned by the store; the API maps it to a status.
type NotFoundError struct{ Kind string }

func (e *NotFoundError) Error() string   { return e.Kind + " not found" }
func (e *NotFoundError) StatusCode() int { return «404» }

type ConflictError struct{}

func (ConflictError) Error() string    { return "version conflict" }
func (ConflictError) HTTPStatus() int  { return http.«StatusConflict» }
func (ConflictError) RetryAfter() int  { return ‹120› }
func (ConflictError) MaxAttempts() int { return ‹3› }

func statusFor(err error) int {
	var nf *NotFoundError
	switch {
	case errors.As(err, &nf):
		return «404»
	case errors.Is(err, errTimeout):
		return http.«StatusGatewayTimeout»
	}
	return «500»
}

func teapot(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Retry-After", "‹120›")
	w.WriteHeader(«418»)
	_, _ = w.Write([]byte(http.StatusText(«418»)))
}
