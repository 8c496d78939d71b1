package sandbox

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// consentPage is the mock server's markup (sandbox/mock-server/consentPage.ts), entity-escaped
// the way its escapeHtml does it.
const consentPage = `<!doctype html><html lang="en"><head><title>Authorize Demo App</title></head><body><main>
<form id="consent" method="post" action="/auth/oauth2/authorize" aria-labelledby="consent-title"
 data-client-id="OAuthClientId" data-client-name="Demo App"
 data-redirect-uri="https://example.com/oauth/callback" data-scope="read write">
<input type="hidden" name="response_type" value="code">
<input type="hidden" name="redirect_uri" value="https://example.com/oauth/callback">
<input type="hidden" name="state" value="a&#38;b&#34;c">
<button type="submit" name="decision" value="approve">Approve</button>
</form></main></body></html>`

const errorPageHTML = `<!doctype html><html><head><title>Authorization error</title></head><body>
<p role="alert" id="error" data-error="invalid_request">The redirect_uri is not registered for this client</p></body></html>`

// authorizationServer serves the consent page and redirects the form's POST to the callback.
func authorizationServer(t *testing.T) (*httptest.Server, *url.Values) {
	t.Helper()
	posted := &url.Values{}
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/auth/oauth2/authorize" && r.Method == http.MethodGet && r.URL.Query().Get("client_id") == "unknown":
			w.WriteHeader(400)
			fmt.Fprint(w, errorPageHTML)
		case r.URL.Path == "/auth/oauth2/authorize" && r.Method == http.MethodGet:
			fmt.Fprint(w, consentPage)
		case r.URL.Path == "/auth/oauth2/authorize" && r.Method == http.MethodPost:
			_ = r.ParseForm()
			*posted = r.PostForm
			query := url.Values{"state": {r.PostForm.Get("state")}}
			if r.PostForm.Get("decision") == "approve" {
				query.Set("code", "the-code")
			} else {
				query.Set("error", "access_denied")
			}
			http.Redirect(w, r, "https://example.com/oauth/callback?"+query.Encode(), http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(server.Close)
	return server, posted
}

func TestParseConsentForm(t *testing.T) {
	t.Run("reads the action, method and hidden fields with entities decoded", func(t *testing.T) {
		form := parseConsentForm(consentPage)
		if form == nil || form.action != "/auth/oauth2/authorize" || form.method != "POST" || len(form.fields) != 3 {
			t.Fatalf("%+v", form)
		}
		if form.fields[2] != [2]string{"state", `a&b"c`} {
			t.Fatalf("state field %q", form.fields[2])
		}
	})

	t.Run("finds no form on an error page, and reads its OAuth error instead", func(t *testing.T) {
		if parseConsentForm(errorPageHTML) != nil {
			t.Fatal("an error page has no form")
		}
		code, message := parseErrorPage(errorPageHTML)
		if code != "invalid_request" || message != "The redirect_uri is not registered for this client" {
			t.Fatalf("%q %q", code, message)
		}
	})
}

func TestBrowserAuthorize(t *testing.T) {
	t.Run("submits the consent form with SANDBOX_CONSENT and returns the redirect with code and state", func(t *testing.T) {
		server, posted := authorizationServer(t)
		t.Setenv("SANDBOX_CONSENT", "approve")
		callback, err := Browser.Authorize(server.URL + "/auth/oauth2/authorize?client_id=OAuthClientId")
		if err != nil {
			t.Fatal(err)
		}
		if callback.Host != "example.com" || callback.Query().Get("code") != "the-code" || callback.Query().Get("state") != `a&b"c` {
			t.Fatalf("callback %s", callback)
		}
		if posted.Get("decision") != "approve" || posted.Get("response_type") != "code" {
			t.Fatalf("posted %v", posted)
		}
	})

	t.Run("denies consent when SANDBOX_CONSENT is deny", func(t *testing.T) {
		server, _ := authorizationServer(t)
		t.Setenv("SANDBOX_CONSENT", "deny")
		callback, err := Browser.Authorize(server.URL + "/auth/oauth2/authorize?client_id=OAuthClientId")
		if err != nil || callback.Query().Get("error") != "access_denied" {
			t.Fatalf("callback %v, error %v", callback, err)
		}
	})

	t.Run("asks for run.consent in meta.json when a consent screen appears without SANDBOX_CONSENT", func(t *testing.T) {
		server, _ := authorizationServer(t)
		t.Setenv("SANDBOX_CONSENT", "")
		_, err := Browser.Authorize(server.URL + "/auth/oauth2/authorize?client_id=OAuthClientId")
		var sandboxErr *SandboxError
		if !errors.As(err, &sandboxErr) || sandboxErr.Code != CodeConsentMissing || !strings.Contains(err.Error(), `"run": {"consent": "approve"}`) {
			t.Fatalf("got %v", err)
		}
	})

	t.Run("fails with the server's OAuth error when it answers an error page", func(t *testing.T) {
		server, _ := authorizationServer(t)
		t.Setenv("SANDBOX_CONSENT", "approve")
		_, err := Browser.Authorize(server.URL + "/auth/oauth2/authorize?client_id=unknown")
		var sandboxErr *SandboxError
		if !errors.As(err, &sandboxErr) || sandboxErr.Code != CodeAuthorizationErrorPage || sandboxErr.Status != 400 || sandboxErr.OAuthError != "invalid_request" {
			t.Fatalf("got %v", err)
		}
	})
}

func TestConsentHandler(t *testing.T) {
	t.Run("a host's consent handler answers instead of SANDBOX_CONSENT and sees the form's client, scopes and state", func(t *testing.T) {
		server, posted := authorizationServer(t)
		t.Setenv("SANDBOX_CONSENT", "")
		var seen ConsentRequest
		SetConsentHandler(func(request ConsentRequest) (string, error) {
			seen = request
			return "deny", nil
		})
		t.Cleanup(func() { SetConsentHandler(nil) })
		callback, err := Browser.Authorize(server.URL + "/auth/oauth2/authorize?client_id=OAuthClientId")
		if err != nil || callback.Query().Get("error") != "access_denied" || posted.Get("decision") != "deny" {
			t.Fatalf("callback %v, error %v, posted %v", callback, err, posted)
		}
		if seen.ClientID != "OAuthClientId" || seen.ClientName != "Demo App" || seen.Scope != "read write" ||
			seen.RedirectURI != "https://example.com/oauth/callback" || seen.State != `a&b"c` || !strings.Contains(seen.Page, "<form") {
			t.Fatalf("request %+v", seen)
		}
	})

	t.Run("a handler's error is the error of Authorize", func(t *testing.T) {
		server, _ := authorizationServer(t)
		refused := errors.New("the reader closed the page")
		SetConsentHandler(func(ConsentRequest) (string, error) { return "", refused })
		t.Cleanup(func() { SetConsentHandler(nil) })
		if _, err := Browser.Authorize(server.URL + "/auth/oauth2/authorize?client_id=OAuthClientId"); !errors.Is(err, refused) {
			t.Fatalf("got %v", err)
		}
	})
}
