// Package handlers is an example for `httpstatus-lsp check`: each handler
// shows one thing the rules report (or, in ok, nothing at all).
package handlers

import (
	"encoding/json"
	"net/http"
)

// ok uses ordinary codes: nothing is reported.
func ok(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(200)
	json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}

// invalid: a status needs three digits (WriteHeader panics). invalid-code, with a typo fix to 404.
func invalid(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(4044)
}

// unassigned: no registry assigns 299. unassigned-code.
func unassigned(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(299)
}

// errorWithSuccess: the client sees 200 with an error text. error-with-success.
func errorWithSuccess(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "something went wrong", 200)
}

// redirectWithout3xx: a 200 is not followed. redirect-without-3xx.
func redirectWithout3xx(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/login", 200)
}

// bodyAfterNoContent: the body after 204 is dropped. body-not-allowed.
func bodyAfterNoContent(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	w.Write([]byte("deleted"))
}

// deprecated: 305 Use Proxy is deprecated. deprecated-code.
func deprecated(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusUseProxy)
}

// clientClosed: nginx's 499 is not registered. nonstandard-code (information).
func clientClosed(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(499)
}

// outside: 6xx is no class at all. outside-classes.
func outside(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(650)
}

// custom: 460 is declared in .httpstatus.toml, so it is not reported.
func custom(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460)
}

// movedNowhere: a redirect status with no Location header. redirect-without-3xx.
func movedNowhere(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusMovedPermanently)
}
