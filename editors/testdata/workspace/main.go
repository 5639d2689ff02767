package main

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		w.WriteHeader(404)
		return
	}
	w.WriteHeader(299)
}

func main() {
	http.HandleFunc("/", handler)
	_ = http.ListenAndServe("127.0.0.1:8080", nil)
}
