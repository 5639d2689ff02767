// Command gateway wires the HTTP server; most numbers here are not statuses.
package main

import (
	"bufio"
	"crypto/tls"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"runtime"
	"time"
)

const (
	defaultPort    = ‹8080›
	adminPort      = ‹9090›
	maxHeaderBytes = ‹1› << ‹20›
	readBufferSize = ‹4096›
	apiVersion     = "‹2›.‹404›.‹1›"
	copyrightYear  = ‹2024›
	fileMode       = ‹0644›
	colorRed       = ‹0xff0000›
	workerCount    = ‹500›
	cacheEntries   = ‹1000›
)

var addr = flag.String("addr", ":‹8080›", "listen address")

func main() {
	flag.Parse()
	srv := &http.Server{
		Addr:              *addr,
		ReadTimeout:       ‹5› * time.Second,
		ReadHeaderTimeout: ‹2› * time.Second,
		WriteTimeout:      ‹10› * time.Second,
		IdleTimeout:       ‹120› * time.Second,
		MaxHeaderBytes:    maxHeaderBytes,
		TLSConfig:         &tls.Config{MinVersion: tls.VersionTLS12},
	}
	runtime.GOMAXPROCS(‹4›)
	ln, err := net.Listen("tcp", fmt.Sprintf(":%d", ‹8443›))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(‹1›)
	}
	go func() {
		time.Sleep(‹404› * time.Millisecond)
		_ = http.ListenAndServe(fmt.Sprintf("127.0.0.1:%d", adminPort), nil)
	}()
	r := bufio.NewReaderSize(os.Stdin, ‹8192›)
	_ = r
	buf := make([]byte, ‹512›)
	ring := make([]int, ‹0›, ‹300›)
	for i := ‹0›; i < ‹404›; i++ {
		ring = append(ring, i*‹200›)
	}
	_ = buf[‹301›]
	_ = ring[‹201›:‹302›]
	total := ‹300› + len(ring)
	ratio := float64(total) / ‹200.0›
	deadline := time.Now().Add(‹503› * time.Millisecond)
	timeout := time.Duration(‹500›) * time.Millisecond
	pct := ‹404› % ‹100›
	hexCode := ‹0x194›
	big := ‹40400›
	neg := -‹404›
	fmt.Println(total, ratio, deadline, timeout, pct, hexCode, big, neg)
	// Was w.WriteHeader(404) before the gateway learned to proxy.
	/* http.Error(w, "nope", 500) */
	fmt.Println("answer 404 for unknown routes, http.Error(w, x, 500)")
	var exitCode = ‹2›
	retries := ‹3›
	if retries > ‹5› || exitCode == ‹2› {
		os.Exit(exitCode)
	}
	srv.Serve(ln)
}

type page struct {
	Number int
	Size   int
	Offset int
}

var firstPage = page{Number: ‹1›, Size: ‹200›, Offset: ‹0›}

func statusLine(code int) string {
	return fmt.Sprintf("HTTP/1.1 %d %s", code, http.StatusText(code))
}

func codes() []int {
	lengths := []int{‹200›, ‹404›, ‹500›}
	return lengths
}
