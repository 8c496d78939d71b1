package sdk

import (
	"context"

	"sdk/models"
)

// ResourceOwnerAuthManager gets tokens with the resource owner password credentials grant.
// Endpoint calls fetch a token on first use; when it expires they use its refresh token, and fall
// back to a new password grant if the refresh token is rejected with invalid_grant. Get it with
// client.ResourceOwnerAuthManager().
//
// Example:
//
//	token, err := client.ResourceOwnerAuthManager().FetchToken(ctx)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.3
type ResourceOwnerAuthManager interface {
	// FetchToken exchanges the configured username and password for a token (with a refresh
	// token), makes it the manager's current token and returns it (RFC 6749 §4.3.2).
	FetchToken(ctx context.Context) (models.OAuthToken, error)
	// RefreshToken gets a new token with the current token's refresh token (RFC 6749 §6).
	RefreshToken(ctx context.Context) (models.OAuthToken, error)
	// OAuthTokenIsExpired reports whether the current token is missing or expired.
	OAuthTokenIsExpired() bool
	// IsTokenExpired reports whether the given token is expired.
	IsTokenExpired(token models.OAuthToken) bool
}

type resourceOwnerAuthManager struct {
	*oauthManager
	username, password string
}

func newResourceOwnerAuthManager(h httpContext, creds *ResourceOwnerAuthCredentials) ResourceOwnerAuthManager {
	if creds == nil {
		return resourceOwnerAuthManager{oauthManager: newOAuthManager(h, oAuthCredentials{}, notConfigured(
			"ResourceOwnerAuthManager", "sdk.WithResourceOwnerAuthCredentials(sdk.NewResourceOwnerAuthCredentials(...))"))}
	}
	manager := resourceOwnerAuthManager{
		oauthManager: newOAuthManager(h, creds.oAuthCredentials, creds.validate()),
		username:     creds.username,
		password:     creds.password,
	}
	manager.newGrant = func(ctx context.Context, _ error) (models.OAuthToken, error) { return manager.FetchToken(ctx) }
	if creds.provider != nil {
		manager.provider = func(last models.OAuthToken) models.OAuthToken { return creds.provider(last, manager) }
	}
	return manager
}

func (m resourceOwnerAuthManager) FetchToken(ctx context.Context) (models.OAuthToken, error) {
	return m.grant(ctx, [][2]string{
		{"grant_type", "password"},
		{"username", m.username},
		{"password", m.password},
		{"scope", m.creds.scopeParameter()},
	}, "Fetching a token with the password grant")
}
