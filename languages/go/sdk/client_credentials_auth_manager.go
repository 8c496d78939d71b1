package sdk

import (
	"context"

	"sdk/models"
)

// ClientCredentialsAuthManager gets tokens with the client credentials grant: the client acts on
// its own behalf. Endpoint calls fetch a token on first use and a new one when it expires (this
// grant issues no refresh token). Get it with client.ClientCredentialsAuthManager().
//
// Example:
//
//	token, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.4
type ClientCredentialsAuthManager interface {
	// FetchToken requests a new token with the client's credentials and configured scopes,
	// makes it the manager's current token and returns it (RFC 6749 §4.4.2).
	FetchToken(ctx context.Context) (models.OAuthToken, error)
	// RefreshToken fetches a new token, since this grant issues no refresh token (RFC 6749 §4.4.3).
	RefreshToken(ctx context.Context) (models.OAuthToken, error)
	// OAuthTokenIsExpired reports whether the current token is missing or expired.
	OAuthTokenIsExpired() bool
	// IsTokenExpired reports whether the given token is expired.
	IsTokenExpired(token models.OAuthToken) bool
}

type clientCredentialsAuthManager struct{ *oauthManager }

func newClientCredentialsAuthManager(h httpContext, creds *ClientCredentialsAuthCredentials) ClientCredentialsAuthManager {
	if creds == nil {
		return clientCredentialsAuthManager{newOAuthManager(h, oAuthCredentials{}, notConfigured(
			"ClientCredentialsAuthManager", "sdk.WithClientCredentialsAuthCredentials(sdk.NewClientCredentialsAuthCredentials(...))"))}
	}
	manager := clientCredentialsAuthManager{newOAuthManager(h, creds.oAuthCredentials, creds.validate())}
	manager.newGrant = func(ctx context.Context, _ error) (models.OAuthToken, error) { return manager.FetchToken(ctx) }
	if creds.provider != nil {
		manager.provider = func(last models.OAuthToken) models.OAuthToken { return creds.provider(last, manager) }
	}
	return manager
}

func (m clientCredentialsAuthManager) FetchToken(ctx context.Context) (models.OAuthToken, error) {
	return m.grant(ctx, [][2]string{
		{"grant_type", "client_credentials"},
		{"scope", m.creds.scopeParameter()},
	}, "Fetching a token with the client credentials grant")
}

// notConfigured is the error of a manager whose credentials group was not configured.
func notConfigured(manager, option string) error {
	return &ConfigurationError{message: manager + " is not configured: pass " + option + " to sdk.CreateConfiguration"}
}
