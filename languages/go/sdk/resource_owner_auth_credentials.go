package sdk

import "sdk/models"

// ResourceOwnerAuthCredentials configures the resource owner password credentials grant: the
// client exchanges the user's username and password for a token. Values are immutable: each
// With method returns a changed copy.
//
// Example:
//
//	sdk.WithResourceOwnerAuthCredentials(
//		sdk.NewResourceOwnerAuthCredentials("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword"),
//	)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.3
type ResourceOwnerAuthCredentials struct {
	oAuthCredentials
	username string
	password string
	provider func(models.OAuthToken, ResourceOwnerAuthManager) models.OAuthToken
}

// NewResourceOwnerAuthCredentials creates the group from the client's id and secret and the
// user's username and password (sent only in the token request body).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2
func NewResourceOwnerAuthCredentials(oAuthClientId, oAuthClientSecret, oAuthUsername, oAuthPassword string) ResourceOwnerAuthCredentials {
	return ResourceOwnerAuthCredentials{
		oAuthCredentials: oAuthCredentials{clientId: oAuthClientId, clientSecret: oAuthClientSecret},
		username:         oAuthUsername,
		password:         oAuthPassword,
	}
}

// WithOAuthScopes returns a copy that requests these scopes (omitted: the server's default).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-3.3
func (c ResourceOwnerAuthCredentials) WithOAuthScopes(scopes []models.OAuthScopeEnum) ResourceOwnerAuthCredentials {
	c.oAuthCredentials = c.withScopes(scopes)
	return c
}

// WithOAuthToken returns a copy that starts with this token; the client sends it until it
// expires, then refreshes it.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
func (c ResourceOwnerAuthCredentials) WithOAuthToken(token models.OAuthToken) ResourceOwnerAuthCredentials {
	c.oAuthCredentials = c.withToken(token)
	return c
}

// WithOAuthTokenProvider returns a copy whose provider is called whenever the client has no token
// or its token has expired; what it returns becomes the current token (a token without an access
// token makes the call fail with AuthorizationRequiredError).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-6
func (c ResourceOwnerAuthCredentials) WithOAuthTokenProvider(provider func(lastOAuthToken models.OAuthToken, authManager ResourceOwnerAuthManager) models.OAuthToken) ResourceOwnerAuthCredentials {
	c.provider = provider
	return c
}

// WithOAuthOnTokenUpdate returns a copy that calls onUpdate with every new token the client starts
// using: the place to persist it.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
func (c ResourceOwnerAuthCredentials) WithOAuthOnTokenUpdate(onUpdate func(token models.OAuthToken)) ResourceOwnerAuthCredentials {
	c.onTokenUpdate = onUpdate
	return c
}

// OAuthClientId returns the configured client id.
func (c ResourceOwnerAuthCredentials) OAuthClientId() string { return c.clientId }

// OAuthUsername returns the configured username.
func (c ResourceOwnerAuthCredentials) OAuthUsername() string { return c.username }

// OAuthToken returns the configured token, or nil.
func (c ResourceOwnerAuthCredentials) OAuthToken() *models.OAuthToken { return c.token }

// String shows the group with the secret, password and token redacted.
func (c ResourceOwnerAuthCredentials) String() string {
	return "ResourceOwnerAuthCredentials{" +
		c.describe("OAuthUsername: "+c.username, "OAuthPassword: "+redacted) + "}"
}

// GoString is String, so that %#v does not print the secret either.
func (c ResourceOwnerAuthCredentials) GoString() string { return c.String() }

func (c ResourceOwnerAuthCredentials) validate() error {
	return requireNonEmpty("ResourceOwnerAuthCredentials",
		[2]string{"OAuthClientId", c.clientId}, [2]string{"OAuthClientSecret", c.clientSecret},
		[2]string{"OAuthUsername", c.username}, [2]string{"OAuthPassword", c.password})
}
