package sdk

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"sdk/clock"
)

// fakeServer is a small authorization server and API for unit tests: it records token requests
// and answers them with tokenAnswer, and serves GET /me with any token it issued.
type fakeServer struct {
	*httptest.Server
	mu            sync.Mutex
	tokenRequests []tokenRequest
	apiCalls      atomic.Int32
	issued        atomic.Int32
	// tokenAnswer answers a token request; nil: a fresh bearer token with a refresh token.
	tokenAnswer func(r tokenRequest) (int, map[string]any)
	// apiAnswer answers an API call; nil: 200 with a profile.
	apiAnswer func(r *http.Request) (int, http.Header, string)
}

type tokenRequest struct {
	form          url.Values
	authorization string
	rawQuery      string
}

func newFakeServer(t *testing.T) *fakeServer {
	t.Helper()
	t.Cleanup(clock.Reset)
	f := &fakeServer{}
	mux := http.NewServeMux()
	mux.HandleFunc("/auth/oauth2/token", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		request := tokenRequest{form: r.PostForm, authorization: r.Header.Get("Authorization"), rawQuery: r.URL.RawQuery}
		f.mu.Lock()
		f.tokenRequests = append(f.tokenRequests, request)
		f.mu.Unlock()
		status, body := 200, f.defaultToken(request.form.Get("grant_type"))
		if f.tokenAnswer != nil {
			status, body = f.tokenAnswer(request)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	})
	mux.HandleFunc("/api/v1/", func(w http.ResponseWriter, r *http.Request) {
		f.apiCalls.Add(1)
		status, header, body := 200, http.Header{}, `{"id":"u1","kind":"user","name":"Demo User","scopes":["read"]}`
		if f.apiAnswer != nil {
			status, header, body = f.apiAnswer(r)
		}
		for name, values := range header {
			w.Header()[name] = values
		}
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	})
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Close)
	return f
}

// defaultToken is a fresh bearer token; like the mock server, with a refresh token except for
// the client credentials grant (RFC 6749 §4.4.3).
func (f *fakeServer) defaultToken(grantType string) map[string]any {
	n := f.issued.Add(1)
	token := map[string]any{
		"access_token": fmt.Sprintf("access-%d-abcdefgh", n), "token_type": "Bearer", "expires_in": 3600, "scope": "read",
	}
	if grantType != "client_credentials" {
		token["refresh_token"] = fmt.Sprintf("refresh-%d", n)
	}
	return token
}

func (f *fakeServer) requests() []tokenRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]tokenRequest(nil), f.tokenRequests...)
}

// config points a configuration at the fake server.
func (f *fakeServer) config(options ...ConfigurationOptions) Configuration {
	return CreateConfiguration(append([]ConfigurationOptions{
		WithAuthServerURL(f.URL + "/auth"), WithAPIBaseURL(f.URL + "/api/v1"),
	}, options...)...)
}

func grantTypes(requests []tokenRequest) string {
	types := make([]string, len(requests))
	for i, r := range requests {
		types[i] = r.form.Get("grant_type")
	}
	return strings.Join(types, ",")
}
