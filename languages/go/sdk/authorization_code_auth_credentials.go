package sdk

import "sdk/models"

// AuthorizationCodeAuthCredentials configures the authorization code grant (with PKCE): the
// user approves the client on the authorization server's consent page. Values are immutable: each
// With method returns a changed copy.
//
// Example:
//
//	sdk.WithAuthorizationCodeAuthCredentials(
//		sdk.NewAuthorizationCodeAuthCredentials("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").
//			WithOAuthScopes([]models.OAuthScopeEnum{models.OAuthScopeEnum_READSCOPE}),
//	)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1
type AuthorizationCodeAuthCredentials struct {
	oAuthCredentials
	redirectUri string
	provider    func(models.OAuthToken, AuthorizationCodeAuthManager) models.OAuthToken
}

// NewAuthorizationCodeAuthCredentials creates the group from the client's id and secret and the
// redirect URI registered for it (compared exactly by the server).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2
func NewAuthorizationCodeAuthCredentials(oAuthClientId, oAuthClientSecret, oAuthRedirectUri string) AuthorizationCodeAuthCredentials {
	return AuthorizationCodeAuthCredentials{
		oAuthCredentials: oAuthCredentials{clientId: oAuthClientId, clientSecret: oAuthClientSecret},
		redirectUri:      oAuthRedirectUri,
	}
}

// WithOAuthScopes returns a copy that asks the user for these scopes.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-3.3
func (c AuthorizationCodeAuthCredentials) WithOAuthScopes(scopes []models.OAuthScopeEnum) AuthorizationCodeAuthCredentials {
	c.oAuthCredentials = c.withScopes(scopes)
	return c
}

// WithOAuthToken returns a copy that starts with this token (from FetchToken, or loaded from
// storage); the client sends it until it expires, then refreshes it.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
func (c AuthorizationCodeAuthCredentials) WithOAuthToken(token models.OAuthToken) AuthorizationCodeAuthCredentials {
	c.oAuthCredentials = c.withToken(token)
	return c
}

// WithOAuthTokenProvider returns a copy whose provider is called whenever the client has no token
// or its token has expired; what it returns becomes the current token. Return a token without an
// access token when only the user can authorize the app again: the call then fails with
// AuthorizationRequiredError.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-6
func (c AuthorizationCodeAuthCredentials) WithOAuthTokenProvider(provider func(lastOAuthToken models.OAuthToken, authManager AuthorizationCodeAuthManager) models.OAuthToken) AuthorizationCodeAuthCredentials {
	c.provider = provider
	return c
}

// WithOAuthOnTokenUpdate returns a copy that calls onUpdate with every new token the client starts
// using: the place to persist it.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
func (c AuthorizationCodeAuthCredentials) WithOAuthOnTokenUpdate(onUpdate func(token models.OAuthToken)) AuthorizationCodeAuthCredentials {
	c.onTokenUpdate = onUpdate
	return c
}

// OAuthClientId returns the configured client id.
func (c AuthorizationCodeAuthCredentials) OAuthClientId() string { return c.clientId }

// OAuthRedirectUri returns the configured redirect URI.
func (c AuthorizationCodeAuthCredentials) OAuthRedirectUri() string { return c.redirectUri }

// OAuthToken returns the configured token, or nil.
func (c AuthorizationCodeAuthCredentials) OAuthToken() *models.OAuthToken { return c.token }

// String shows the group with the secret and token redacted.
func (c AuthorizationCodeAuthCredentials) String() string {
	return "AuthorizationCodeAuthCredentials{" + c.describe("OAuthRedirectUri: "+c.redirectUri) + "}"
}

// GoString is String, so that %#v does not print the secret either.
func (c AuthorizationCodeAuthCredentials) GoString() string { return c.String() }

func (c AuthorizationCodeAuthCredentials) validate() error {
	return requireNonEmpty("AuthorizationCodeAuthCredentials",
		[2]string{"OAuthClientId", c.clientId}, [2]string{"OAuthClientSecret", c.clientSecret},
		[2]string{"OAuthRedirectUri", c.redirectUri})
}
