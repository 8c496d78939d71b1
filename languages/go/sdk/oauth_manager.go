package sdk

import (
	"context"
	"errors"
	"sync"

	"sdk/clock"
	"sdk/models"
)

// oauthManager is what the three auth managers share: the current token, expiry checks, renewal
// (refresh token first), the token callbacks and single-flight token requests.
//
// Single flight: while a token is being obtained for endpoint calls, every other goroutine that
// needs one waits for that same attempt, so 50 concurrent calls without a token cause exactly one
// token request.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-1.5
type oauthManager struct {
	http  httpContext
	creds oAuthCredentials
	// configErr, when set, is returned by every operation: the group is missing or incomplete.
	configErr error
	// provider is the group's oAuthTokenProvider bound to the concrete manager, or nil.
	provider func(last models.OAuthToken) models.OAuthToken
	// newGrant gets a token without a refresh token: a fresh grant, or AuthorizationRequiredError
	// when that needs the user. cause is the refresh failure that led here, if any.
	newGrant func(ctx context.Context, cause error) (models.OAuthToken, error)

	mu    sync.Mutex
	token *models.OAuthToken
	// rejected is an access token the API answered 401 for: expired, whatever its Expiry says.
	rejected string
	inflight *flight
}

// flight is one token attempt that concurrent callers share.
type flight struct {
	done  chan struct{}
	token models.OAuthToken
	err   error
}

func newOAuthManager(h httpContext, creds oAuthCredentials, configErr error) *oauthManager {
	m := &oauthManager{http: h, creds: creds, configErr: configErr}
	if creds.token != nil {
		token := *creds.token
		m.token = &token
	}
	return m
}

// OAuthTokenIsExpired reports whether the manager's current token is expired; no token at all
// counts as expired. The token's Expiry already includes the 30-second clock-skew margin.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
func (m *oauthManager) OAuthTokenIsExpired() bool {
	m.mu.Lock()
	token := m.token
	m.mu.Unlock()
	return token == nil || m.IsTokenExpired(*token)
}

// IsTokenExpired reports whether token is expired: it has no access token, or its Expiry is now
// or in the past. A token without Expiry never expires client-side. Token providers use it on a
// stored token.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
func (m *oauthManager) IsTokenExpired(token models.OAuthToken) bool {
	if token.AccessToken == "" {
		return true
	}
	return token.Expiry != 0 && clock.Now().Unix() >= token.Expiry
}

// RefreshToken gets a new access token with the current token's refresh token (RFC 6749 §6) and
// makes it current; the server rotates refresh tokens, so the old one stops working. Without a
// refresh token, the client credentials and password managers fetch a new token with their
// credentials instead, and the authorization code manager returns AuthorizationRequiredError.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-6
func (m *oauthManager) RefreshToken(ctx context.Context) (models.OAuthToken, error) {
	if m.configErr != nil {
		return models.OAuthToken{}, m.configErr
	}
	if refreshToken := m.lastToken().RefreshToken; refreshToken != "" {
		return m.refreshWith(ctx, refreshToken)
	}
	return m.newGrant(ctx, nil)
}

func (m *oauthManager) lastToken() models.OAuthToken {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.token == nil {
		return models.OAuthToken{}
	}
	return *m.token
}

func (m *oauthManager) refreshWith(ctx context.Context, refreshToken string) (models.OAuthToken, error) {
	token, err := requestToken(ctx, m.http, m.creds,
		[][2]string{{"grant_type", "refresh_token"}, {"refresh_token", refreshToken}},
		"Refreshing the access token")
	if err != nil {
		return models.OAuthToken{}, err
	}
	// RFC 6749 §6: a server that does not rotate refresh tokens keeps the old one valid.
	if token.RefreshToken == "" {
		token.RefreshToken = refreshToken
	}
	return m.adopt(token), nil
}

// grant requests a token and makes it current.
func (m *oauthManager) grant(ctx context.Context, params [][2]string, what string) (models.OAuthToken, error) {
	if m.configErr != nil {
		return models.OAuthToken{}, m.configErr
	}
	token, err := requestToken(ctx, m.http, m.creds, params, what)
	if err != nil {
		return models.OAuthToken{}, err
	}
	return m.adopt(token), nil
}

// adopt makes token current and, if it is a different token, calls the update callback.
func (m *oauthManager) adopt(token models.OAuthToken) models.OAuthToken {
	m.mu.Lock()
	changed := m.token == nil || m.token.AccessToken != token.AccessToken
	m.token = &token
	if changed {
		m.rejected = ""
	}
	m.mu.Unlock()
	// Outside the lock: the callback may call back into the manager.
	if changed && m.creds.onTokenUpdate != nil {
		m.creds.onTokenUpdate(token)
	}
	return token
}

// currentToken is the token endpoint calls use: the current one if still valid, otherwise one
// obtained once for all concurrent callers (the provider if configured, else the refresh token,
// else a new grant).
func (m *oauthManager) currentToken(ctx context.Context) (models.OAuthToken, error) {
	if m.configErr != nil {
		return models.OAuthToken{}, m.configErr
	}
	m.mu.Lock()
	if m.token != nil && !m.IsTokenExpired(*m.token) && m.token.AccessToken != m.rejected {
		token := *m.token
		m.mu.Unlock()
		return token, nil
	}
	if f := m.inflight; f != nil {
		m.mu.Unlock()
		select {
		case <-f.done:
			return f.token, f.err
		case <-ctx.Done():
			return models.OAuthToken{}, ctx.Err()
		}
	}
	f := &flight{done: make(chan struct{})}
	m.inflight = f
	m.mu.Unlock()

	f.token, f.err = m.obtain(ctx)
	m.mu.Lock()
	m.inflight = nil
	m.mu.Unlock()
	close(f.done)
	return f.token, f.err
}

// renewRejectedToken marks used as unusable after the API answered 401 for it, and gets another.
func (m *oauthManager) renewRejectedToken(ctx context.Context, used models.OAuthToken) (models.OAuthToken, error) {
	m.mu.Lock()
	if m.token != nil && m.token.AccessToken == used.AccessToken {
		m.rejected = used.AccessToken
	}
	m.mu.Unlock()
	return m.currentToken(ctx)
}

func (m *oauthManager) obtain(ctx context.Context) (models.OAuthToken, error) {
	last := m.lastToken()
	if m.provider != nil {
		token := m.provider(last)
		if token.AccessToken == "" {
			return models.OAuthToken{}, &AuthorizationRequiredError{message: "The OAuthTokenProvider returned a token without an access token, so the call cannot be authorized: return a token from the provider (for the authorization code grant, send the user to BuildAuthorizationURL first)"}
		}
		return m.adopt(token), nil
	}
	if last.RefreshToken == "" {
		return m.newGrant(ctx, nil)
	}
	token, err := m.refreshWith(ctx, last.RefreshToken)
	var providerErr *OAuthProviderError
	// A revoked, expired or rotated-away refresh token: start over with a new grant.
	if errors.As(err, &providerErr) && providerErr.ErrorCode == "invalid_grant" {
		return m.newGrant(ctx, err)
	}
	return token, err
}
