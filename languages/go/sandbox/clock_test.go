package sandbox

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	sdkclock "sdk/clock"
)

func TestClockAdvance(t *testing.T) {
	t.Cleanup(sdkclock.Reset)

	t.Run("moves the mock server's clock and the SDK's clock by the same seconds", func(t *testing.T) {
		var advanced map[string]int
		server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodPost || r.URL.Path != "/__control/clock" {
				http.NotFound(w, r)
				return
			}
			_ = json.NewDecoder(r.Body).Decode(&advanced)
			w.Write([]byte(`{"offsetSeconds":3600}`))
		}))
		defer server.Close()
		t.Setenv("MOCK_SERVER_URL", server.URL)
		sdkclock.Reset()
		Clock.Advance(3600)
		if advanced["advanceSeconds"] != 3600 || sdkclock.Offset() != time.Hour {
			t.Fatalf("server got %v, SDK clock offset %v", advanced, sdkclock.Offset())
		}
	})

	t.Run("panics with a SandboxError when the mock server refuses", func(t *testing.T) {
		server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "no", http.StatusBadRequest)
		}))
		defer server.Close()
		t.Setenv("MOCK_SERVER_URL", server.URL)
		defer func() {
			err, _ := recover().(error)
			var sandboxErr *SandboxError
			if !errors.As(err, &sandboxErr) || sandboxErr.Code != CodeUnexpectedResponse || sandboxErr.Status != 400 {
				t.Fatalf("recovered %v", err)
			}
		}()
		Clock.Advance(60)
	})
}

func TestClockHandler(t *testing.T) {
	t.Run("a host's clock handler moves time instead of the mock server and the SDK's offset", func(t *testing.T) {
		t.Setenv("MOCK_SERVER_URL", "http://127.0.0.1:1")
		sdkclock.Reset()
		var moved int
		SetClockHandler(func(seconds int) { moved += seconds })
		t.Cleanup(func() { SetClockHandler(nil) })
		Clock.Advance(3600)
		if moved != 3600 || sdkclock.Offset() != 0 {
			t.Fatalf("handler got %d, SDK offset %v", moved, sdkclock.Offset())
		}
	})
}
