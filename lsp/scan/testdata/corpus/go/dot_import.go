package legacy

import (
	"fmt"
	. "net/http"
)

func Serve(w ResponseWriter, r *Request) {
	switch r.Method {
	case MethodGet:
		fmt.Fprint(w, "hello")
	case MethodPost:
		w.WriteHeader(«StatusAccepted»)
	default:
		Error(w, "method not allowed", «StatusMethodNotAllowed»)
	}
	if r.URL.Path == "/old" {
		Redirect(w, r, "/new", «302»)
	}
}
