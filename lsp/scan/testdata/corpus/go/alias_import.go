package proxy

import (
	"io"
	nethttp "net/http"

	"example.com/internal/http"
)

// http here is our own transport package, not net/http.
func forward(w nethttp.ResponseWriter, r *nethttp.Request) {
	resp, err := http.Do(r)
	if err != nil {
		nethttp.Error(w, "upstream unavailable", nethttp.«StatusBadGateway»)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode == nethttp.«StatusNotModified» {
		w.WriteHeader(«304»)
		return
	}
	_ = http.StatusNotFound
	http.Error(w, "x", ‹404›)
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

func deny(w nethttp.ResponseWriter, r *nethttp.Request) {
	nethttp.Error(w, "denied", «403»)
	nethttp.Redirect(w, r, "/login", nethttp.«StatusSeeOther»)
}
