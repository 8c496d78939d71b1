package sdk

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"

	"sdk/models"
)

// AuthorizationCodeAuthManager runs the authorization code grant with PKCE (S256).
// BuildAuthorizationURL makes the URL to send the user to; FetchToken exchanges the code from the
// redirect for a token. Expired tokens are refreshed with their refresh token; without a token,
// endpoint calls return AuthorizationRequiredError before sending anything. Get it with
// client.AuthorizationCodeAuthManager().
//
// How PKCE verifiers are kept: each BuildAuthorizationURL call creates a new verifier and
// remembers it under its state (calls without a state share one slot). FetchTokenWithState uses
// and forgets the verifier of that state; FetchToken uses the most recently built one. At most 20
// pending requests are remembered, per manager, in memory only: use the same client for both
// steps.
//
// Example:
//
//	state := "random_state_string"
//	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state)
//	// ...send the user to authURL; the redirect brings back ?code=...&state=...
//	token, err := client.AuthorizationCodeAuthManager().FetchTokenWithState(ctx, code, state)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1 and
// https://www.rfc-editor.org/rfc/rfc7636#section-4
type AuthorizationCodeAuthManager interface {
	// BuildAuthorizationURL returns the authorization endpoint URL to send the user to:
	// response_type=code, the client id, redirect URI, configured scopes, the state (when not
	// nil) and a PKCE S256 challenge. The client secret is never part of it (RFC 6749 §4.1.1).
	BuildAuthorizationURL(state *string) string
	// BuildAuthorizationURLWithParams is BuildAuthorizationURL plus additional query parameters
	// (e.g. prompt=consent). It panics with a *ConfigurationError if one of them would replace a
	// parameter the SDK sets or carries the client secret: both are programming errors.
	BuildAuthorizationURLWithParams(state *string, additionalParams map[string]string) string
	// FetchToken exchanges an authorization code for a token, sending the verifier of the most
	// recent BuildAuthorizationURL call, makes it current and returns it (RFC 6749 §4.1.3).
	FetchToken(ctx context.Context, code string) (models.OAuthToken, error)
	// FetchTokenWithState is FetchToken with the state the redirect carried: the SDK sends the
	// verifier of that request, or returns *StateMismatchError (without sending anything) for a
	// state this manager never issued or already used (RFC 7636 §4.5, RFC 6749 §10.12).
	FetchTokenWithState(ctx context.Context, code, state string) (models.OAuthToken, error)
	// RefreshToken gets a new token with the current token's refresh token (RFC 6749 §6), or
	// returns *AuthorizationRequiredError when there is none.
	RefreshToken(ctx context.Context) (models.OAuthToken, error)
	// OAuthTokenIsExpired reports whether the current token is missing or expired.
	OAuthTokenIsExpired() bool
	// IsTokenExpired reports whether the given token is expired.
	IsTokenExpired(token models.OAuthToken) bool
}

// maxPendingAuthorizations is how many built, not yet redeemed authorization requests a manager
// remembers (oldest forgotten first).
const maxPendingAuthorizations = 20

// reservedAuthorizationParameters are set by the SDK (or never belong in a URL).
var reservedAuthorizationParameters = map[string]bool{
	"response_type": true, "client_id": true, "redirect_uri": true, "scope": true, "state": true,
	"code_challenge": true, "code_challenge_method": true, "client_secret": true, "code": true,
	"grant_type": true, "refresh_token": true, "access_token": true, "password": true,
}

type authorizationCodeAuthManager struct {
	*oauthManager
	redirectUri string
	pending     *pendingVerifiers
}

// pendingVerifiers are PKCE verifiers by state, oldest first.
type pendingVerifiers struct {
	mu      sync.Mutex
	entries []pendingVerifier
}

type pendingVerifier struct {
	state    *string
	verifier string
}

func sameState(a, b *string) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
}

func newAuthorizationCodeAuthManager(h httpContext, creds *AuthorizationCodeAuthCredentials) AuthorizationCodeAuthManager {
	if creds == nil {
		return authorizationCodeAuthManager{oauthManager: newOAuthManager(h, oAuthCredentials{}, notConfigured(
			"AuthorizationCodeAuthManager", "sdk.WithAuthorizationCodeAuthCredentials(sdk.NewAuthorizationCodeAuthCredentials(...))")),
			pending: &pendingVerifiers{}}
	}
	manager := authorizationCodeAuthManager{
		oauthManager: newOAuthManager(h, creds.oAuthCredentials, creds.validate()),
		redirectUri:  creds.redirectUri,
		pending:      &pendingVerifiers{},
	}
	manager.newGrant = func(_ context.Context, cause error) (models.OAuthToken, error) {
		reason := "there is no access token (or no refresh token to renew it)"
		if cause != nil {
			reason = "its refresh token was rejected"
		}
		return models.OAuthToken{}, &AuthorizationRequiredError{Cause: cause, message: fmt.Sprintf(
			"The authorization code grant needs the user's consent: %s. Send the user to BuildAuthorizationURL(), then call FetchToken(ctx, code) and pass the token with WithOAuthToken.", reason)}
	}
	if creds.provider != nil {
		manager.provider = func(last models.OAuthToken) models.OAuthToken { return creds.provider(last, manager) }
	}
	return manager
}

func (m authorizationCodeAuthManager) BuildAuthorizationURL(state *string) string {
	return m.BuildAuthorizationURLWithParams(state, nil)
}

func (m authorizationCodeAuthManager) BuildAuthorizationURLWithParams(state *string, additionalParams map[string]string) string {
	if m.configErr != nil {
		panic(m.configErr)
	}
	verifier := newCodeVerifier()
	// Built by hand rather than with url.Values.Encode, which sorts the keys: the parameters keep
	// the order a reader expects (RFC 6749 §4.1.1 first, then PKCE, then the caller's).
	params := [][2]string{
		{"response_type", "code"},
		{"client_id", m.creds.clientId},
		{"redirect_uri", m.redirectUri},
	}
	if scope := m.creds.scopeParameter(); scope != "" {
		params = append(params, [2]string{"scope", scope})
	}
	if state != nil {
		params = append(params, [2]string{"state", *state})
	}
	params = append(params,
		[2]string{"code_challenge", s256CodeChallenge(verifier)},
		[2]string{"code_challenge_method", "S256"})
	names := make([]string, 0, len(additionalParams))
	for name := range additionalParams {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		value := additionalParams[name]
		if reservedAuthorizationParameters[name] {
			panic(&ConfigurationError{message: fmt.Sprintf(
				"BuildAuthorizationURLWithParams: additional parameter %q is set by the SDK and cannot be overridden; remove it from additionalParams", name)})
		}
		if value == m.creds.clientSecret {
			panic(&ConfigurationError{message: fmt.Sprintf(
				"BuildAuthorizationURLWithParams: additional parameter %q carries the client secret; a secret must never be put in a URL", name)})
		}
		params = append(params, [2]string{name, value})
	}
	query := make([]string, len(params))
	for i, param := range params {
		query[i] = url.QueryEscape(param[0]) + "=" + url.QueryEscape(param[1])
	}
	m.pending.remember(state, verifier)
	return joinURL(m.http.authServerURL, "/oauth2/authorize") + "?" + strings.Join(query, "&")
}

func (p *pendingVerifiers) remember(state *string, verifier string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.take(state)
	var key *string
	if state != nil {
		copied := *state
		key = &copied
	}
	p.entries = append(p.entries, pendingVerifier{state: key, verifier: verifier})
	if len(p.entries) > maxPendingAuthorizations {
		p.entries = p.entries[1:]
	}
}

// take removes and returns the verifier of state ("" and false when there is none). Callers lock.
func (p *pendingVerifiers) take(state *string) (string, bool) {
	for i, entry := range p.entries {
		if sameState(entry.state, state) {
			p.entries = append(p.entries[:i:i], p.entries[i+1:]...)
			return entry.verifier, true
		}
	}
	return "", false
}

func (m authorizationCodeAuthManager) FetchToken(ctx context.Context, code string) (models.OAuthToken, error) {
	m.pending.mu.Lock()
	verifier := ""
	if n := len(m.pending.entries); n > 0 {
		verifier = m.pending.entries[n-1].verifier
		m.pending.entries = m.pending.entries[:n-1]
	}
	m.pending.mu.Unlock()
	return m.exchange(ctx, code, verifier)
}

func (m authorizationCodeAuthManager) FetchTokenWithState(ctx context.Context, code, state string) (models.OAuthToken, error) {
	if m.configErr != nil {
		return models.OAuthToken{}, m.configErr
	}
	m.pending.mu.Lock()
	verifier, found := m.pending.take(&state)
	m.pending.mu.Unlock()
	if !found {
		return models.OAuthToken{}, &StateMismatchError{message: "FetchTokenWithState: this state was not issued by BuildAuthorizationURL() of this client, or was already used; the redirect may be forged, so ignore it"}
	}
	return m.exchange(ctx, code, verifier)
}

func (m authorizationCodeAuthManager) exchange(ctx context.Context, code, verifier string) (models.OAuthToken, error) {
	if code == "" {
		return models.OAuthToken{}, &ConfigurationError{message: "FetchToken: the authorization code is empty; pass the code query parameter of the request to your redirect URI"}
	}
	return m.grant(ctx, [][2]string{
		{"grant_type", "authorization_code"},
		{"code", code},
		{"redirect_uri", m.redirectUri},
		{"code_verifier", verifier},
	}, "Exchanging the authorization code")
}
