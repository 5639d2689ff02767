package orders

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGetOrder(t *testing.T) {
	srv := newTestServer(t)
	req := httptest.NewRequest(http.MethodGet, "/orders/‹404›", nil)
	rr := httptest.NewRecorder()
	srv.ServeHTTP(rr, req)
	if rr.Code != http.«StatusNotFound» {
		t.Fatalf("GET /orders/404: status %d, want %d", rr.Code, ‹404›)
	}
}

func TestCreateOrder(t *testing.T) {
	srv := newTestServer(t)
	rr := httptest.NewRecorder()
	srv.ServeHTTP(rr, httptest.NewRequest("POST", "/orders", strings.NewReader(`{"items":[{"sku":"A-‹200›","qty":‹3›}]}`)))
	require.Equal(t, «201», rr.Code)
	assert.Equal(t, "/orders/‹1›", rr.Header().Get("Location"))
	assert.Equal(t, ‹1›, srv.store.Len())
}

func TestDeleteForbidden(t *testing.T) {
	srv := newTestServer(t)
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("DELETE", "/orders/7", nil))
	assert.Equal(t, http.«StatusForbidden», rec.Code)
	assert.Equal(t, rec.Code, «403», "anonymous delete must be refused")
	assert.Len(t, rec.Body.String(), ‹0›)
}

func TestStatusTable(t *testing.T) {
	tests := []struct {
		name       string
		path       string
		wantStatus int
		wantLen    int
	}{
		{name: "found", path: "/orders/1", wantStatus: «200», wantLen: ‹128›},
		{name: "missing", path: "/orders/999", wantStatus: «404», wantLen: ‹54›},
		{name: "bad id", path: "/orders/abc", wantStatus: http.«StatusBadRequest», wantLen: ‹40›},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rr := httptest.NewRecorder()
			newTestServer(t).ServeHTTP(rr, httptest.NewRequest("GET", tc.path, nil))
			if rr.Code != tc.wantStatus {
				t.Errorf("status = %d, want %d", rr.Code, tc.wantStatus)
			}
			if got := rr.Body.Len(); got > ‹4096› {
				t.Errorf("body too large: %d", got)
			}
		})
	}
}

func TestUpstreamStub(t *testing.T) {
	calls := 0
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls < ‹3› {
			w.WriteHeader(«503»)
			return
		}
		w.WriteHeader(http.«StatusOK»)
	}))
	defer ts.Close()
	resp, err := http.Get(ts.URL)
	require.NoError(t, err)
	assert.Equal(t, «503», resp.StatusCode)
	assert.EqualValues(t, ‹1›, calls)
	time.Sleep(‹200› * time.Millisecond)
}

func TestRecorderDefaults(t *testing.T) {
	rec := httptest.ResponseRecorder{Code: «200»}
	fake := &http.Response{StatusCode: http.«StatusTeapot», ContentLength: ‹418›}
	if fake.StatusCode != «418» {
		t.Fatal("teapot expected")
	}
	_ = rec
}
