package sandbox

// ConsentRequest is what a consent screen asks the user: the client, the scopes, where the user
// goes back to, and the page itself. A host that answers consent screens (SetConsentHandler) gets
// it for each screen.
type ConsentRequest struct {
	ClientID    string
	ClientName  string
	RedirectURI string
	// Scope is the requested scopes, space-separated (RFC 6749 §3.3).
	Scope string
	State string
	// Page is the consent page's HTML as the server sent it.
	Page string
}

// consentHandler and clockHandler are set by a host that runs snippets somewhere other than a
// terminal: the docs site's in-page runner asks the reader on a consent screen and moves the
// clock of its own mock server (languages/go/runtime/runnerhost). Nil means the environment
// variables decide (SANDBOX_CONSENT, MOCK_SERVER_URL).
var (
	consentHandler func(ConsentRequest) (string, error)
	clockHandler   func(seconds int)
)

// SetConsentHandler makes handler answer consent screens ("approve" or "deny") instead of
// SANDBOX_CONSENT. A host hook (the in-page runner, tests), not for snippets; nil restores the
// environment variable.
func SetConsentHandler(handler func(ConsentRequest) (string, error)) {
	consentHandler = handler
}

// SetClockHandler makes handler move time for Clock.Advance instead of the mock server's
// /__control/clock and the SDK's clock offset: a host whose clock moves the system time the SDK
// reads (the in-page runner's sandbox clock) needs no offset. A host hook, not for snippets; nil
// restores the default.
func SetClockHandler(handler func(seconds int)) {
	clockHandler = handler
}
