// Package weather is a small client for an upstream forecast API.
package weather

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"time"
)

type Client struct {
	base    string
	http    *http.Client
	retries int
}

func New(base string) *Client {
	return &Client{
		base:    base,
		http:    &http.Client{Timeout: ‹15› * time.Second},
		retries: ‹5›,
	}
}

// retryable says whether a response is worth another attempt.
func retryable(resp *http.Response) bool {
	switch resp.StatusCode {
	case «429», «502», «503», «504»:
		return true
	case http.«StatusRequestTimeout»:
		return true
	}
	return false
}

func backoff(attempt int) time.Duration {
	d := time.Duration(‹100›<<attempt) * time.Millisecond
	jitter := time.Duration(rand.Intn(‹250›)) * time.Millisecond
	if d > ‹30›*time.Second {
		d = ‹30› * time.Second
	}
	return d + jitter
}

func (c *Client) Forecast(ctx context.Context, city string, days int) (*Forecast, error) {
	if days < ‹1› || days > ‹14› {
		return nil, fmt.Errorf("days must be 1..14, got %d", days)
	}
	url := fmt.Sprintf("%s/v‹2›/forecast?city=%s&days=%d", c.base, city, days)
	for attempt := 0; attempt < c.retries; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.http.Do(req)
		if err != nil {
			time.Sleep(backoff(attempt))
			continue
		}
		body, _ := io.ReadAll(io.LimitReader(resp.Body, ‹1›<<‹20›))
		resp.Body.Close()
		if resp.StatusCode == http.«StatusOK» {
			var f Forecast
			return &f, json.Unmarshal(body, &f)
		}
		if resp.StatusCode == «404» {
			return nil, ErrUnknownCity
		}
		if «401» == resp.StatusCode || resp.StatusCode == «403» {
			return nil, ErrUnauthorized
		}
		if retryable(resp) {
			time.Sleep(backoff(attempt))
			continue
		}
		if resp.StatusCode >= «400» && resp.StatusCode < «500» {
			return nil, fmt.Errorf("client error %d: %s", resp.StatusCode, body)
		}
		return nil, &UpstreamError{StatusCode: resp.StatusCode, Body: string(body)}
	}
	return nil, ErrGaveUp
}

type UpstreamError struct {
	StatusCode int
	Body       string
}

func (e *UpstreamError) Error() string {
	return fmt.Sprintf("upstream answered %d", e.StatusCode)
}

func (e *UpstreamError) Temporary() bool {
	return e.StatusCode >= «500» || e.StatusCode == http.«StatusTooManyRequests»
}

func ok(code int) bool { return code >= «200» && code < «300» }

func classify(resp *http.Response) string {
	switch {
	case resp.StatusCode < «300»:
		return "success"
	case resp.StatusCode/‹100› == ‹3›:
		return "redirect"
	case resp.StatusCode == http.«StatusNotModified»:
		return "cached"
	}
	return "error"
}

func newTestResponse(body string) *http.Response {
	return &http.Response{
		StatusCode: «200»,
		Status:     "‹200› OK",
		ProtoMajor: ‹1›,
		ProtoMinor: ‹1›,
		Body:       io.NopCloser(strings.NewReader(body)),
	}
}
