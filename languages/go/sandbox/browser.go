package sandbox

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
)

// browser is the type of Browser.
type browser struct{}

// Browser stands in for the user's browser in the authorization code grant.
//
// Example:
//
//	callbackURL, err := sandbox.Browser.Authorize(authURL)
//	code := callbackURL.Query().Get("code")
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1
var Browser browser

// httpClient never follows redirects: the redirect to the client's redirect URI is the answer.
// The parameters are named for the in-page runner's interpreter (Yaegi 0.16), which mixes up the
// results of a function with unnamed parameters that compiled code calls.
var httpClient = &http.Client{
	CheckRedirect: func(request *http.Request, via []*http.Request) error { return http.ErrUseLastResponse },
}

// Authorize opens the authorization URL, answers the consent screen the way SANDBOX_CONSENT says
// ("approve" or "deny") by submitting its form, and returns where the server redirected: the
// redirect URI with code and state, or with error (e.g. access_denied) and state. An error
// redirect that needs no consent is returned as is.
//
// It returns a *SandboxError with code CodeConsentMissing when a consent screen appears but
// SANDBOX_CONSENT is unset (the snippet's meta.json then needs "run": {"consent": "approve"} or
// "deny"), and CodeAuthorizationErrorPage when the server answers with an error page (unknown
// client, redirect URI mismatch) instead of redirecting.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
func (browser) Authorize(authorizationURL string) (*url.URL, error) {
	if authorizationURL == "" {
		return nil, &SandboxError{Code: CodeInvalidArgument, message: "sandbox.Browser.Authorize(url) got an empty URL: is the client configured with authorization code credentials?"}
	}
	start, err := url.Parse(authorizationURL)
	if err != nil {
		return nil, &SandboxError{Code: CodeInvalidArgument, message: fmt.Sprintf("sandbox.Browser.Authorize: %q is not a URL: %v", authorizationURL, err)}
	}
	page, body, err := send(http.MethodGet, start, nil)
	if err != nil {
		return nil, err
	}
	if target := redirectTarget(page, start); target != nil {
		return target, nil // an error redirect (e.g. invalid_scope) without a consent screen
	}
	if page.StatusCode < 200 || page.StatusCode > 299 {
		return nil, errorPage(page.StatusCode, body, "the authorization request")
	}
	form := parseConsentForm(body)
	if form == nil || form.action == "" {
		return nil, &SandboxError{Code: CodeUnexpectedResponse, Status: page.StatusCode, message: fmt.Sprintf(
			"The authorization URL answered HTTP %d without a consent form", page.StatusCode)}
	}
	decision := os.Getenv("SANDBOX_CONSENT")
	if consentHandler != nil {
		decision, err = consentHandler(form.request(body))
		if err != nil {
			return nil, err
		}
	} else if decision == "" {
		return nil, &SandboxError{Code: CodeConsentMissing, message: `A consent screen needs an answer, but SANDBOX_CONSENT is not set: add "run": {"consent": "approve"} (or "deny") to the snippet's meta.json, or set SANDBOX_CONSENT=approve when running it by hand`}
	}
	if decision != "approve" && decision != "deny" {
		return nil, &SandboxError{Code: CodeInvalidArgument, message: fmt.Sprintf(
			"SANDBOX_CONSENT is %q; it must be approve or deny", decision)}
	}

	values := url.Values{}
	for _, field := range form.fields {
		values.Add(field[0], field[1])
	}
	values.Set("decision", decision)
	action, err := start.Parse(form.action)
	if err != nil {
		return nil, &SandboxError{Code: CodeUnexpectedResponse, message: fmt.Sprintf("The consent form's action %q is not a URL: %v", form.action, err)}
	}
	answer, answerBody, err := send(form.method, action, values)
	if err != nil {
		return nil, err
	}
	if target := redirectTarget(answer, action); target != nil {
		return target, nil
	}
	if answer.StatusCode < 200 || answer.StatusCode > 299 {
		return nil, errorPage(answer.StatusCode, answerBody, "the consent form")
	}
	return nil, &SandboxError{Code: CodeUnexpectedResponse, Status: answer.StatusCode, message: fmt.Sprintf(
		"The consent form answered HTTP %d instead of redirecting to the client", answer.StatusCode)}
}

func send(method string, target *url.URL, form url.Values) (*http.Response, string, error) {
	var body io.Reader
	if method == http.MethodGet && form != nil {
		copied := *target
		copied.RawQuery = form.Encode()
		target = &copied
	} else if form != nil {
		body = strings.NewReader(form.Encode())
	}
	request, err := http.NewRequest(method, target.String(), body)
	if err != nil {
		return nil, "", &SandboxError{Code: CodeInvalidArgument, message: fmt.Sprintf("sandbox.Browser: cannot build a %s request to %s: %v", method, target.Redacted(), err)}
	}
	if body != nil {
		request.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	response, err := httpClient.Do(request)
	if err != nil {
		return nil, "", &SandboxError{Code: CodeUnexpectedResponse, message: fmt.Sprintf(
			"sandbox.Browser could not reach %s%s (is the mock server running, and SDK_AUTH_SERVER_URL pointing at it?): %v", target.Host, target.Path, err)}
	}
	defer response.Body.Close()
	read, err := io.ReadAll(response.Body)
	if err != nil {
		return nil, "", &SandboxError{Code: CodeUnexpectedResponse, message: fmt.Sprintf("sandbox.Browser: reading the answer of %s%s failed: %v", target.Host, target.Path, err)}
	}
	return response, string(read), nil
}

// redirectTarget is where a redirect response points, or nil if it is not a redirect.
func redirectTarget(response *http.Response, base *url.URL) *url.URL {
	switch response.StatusCode {
	case 301, 302, 303, 307, 308:
	default:
		return nil
	}
	location := response.Header.Get("Location")
	if location == "" {
		return nil
	}
	target, err := base.Parse(location)
	if err != nil {
		return nil
	}
	return target
}

func errorPage(status int, page, step string) error {
	oauthError, message := parseErrorPage(page)
	code := ""
	if oauthError != "" {
		code = ", " + oauthError
	}
	return &SandboxError{Code: CodeAuthorizationErrorPage, Status: status, OAuthError: oauthError, message: fmt.Sprintf(
		"The authorization server answered %s with an error page (HTTP %d%s) instead of redirecting: %s", step, status, code, message)}
}
