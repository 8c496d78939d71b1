package sdk

import "sdk/models"

// ClientCredentialsAuthCredentials configures the client credentials grant: the client acts on
// its own behalf. Values are immutable: each With method returns a changed copy.
//
// Example:
//
//	sdk.WithClientCredentialsAuthCredentials(
//		sdk.NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"),
//	)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.4
type ClientCredentialsAuthCredentials struct {
	oAuthCredentials
	provider func(models.OAuthToken, ClientCredentialsAuthManager) models.OAuthToken
}

// NewClientCredentialsAuthCredentials creates the group from the client id and secret the
// authorization server issued. The secret is only ever sent in the Authorization: Basic header of
// token requests.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
func NewClientCredentialsAuthCredentials(oAuthClientId, oAuthClientSecret string) ClientCredentialsAuthCredentials {
	return ClientCredentialsAuthCredentials{
		oAuthCredentials: oAuthCredentials{clientId: oAuthClientId, clientSecret: oAuthClientSecret},
	}
}

// WithOAuthScopes returns a copy that requests these scopes (omitted: the server's default).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-3.3
func (c ClientCredentialsAuthCredentials) WithOAuthScopes(scopes []models.OAuthScopeEnum) ClientCredentialsAuthCredentials {
	c.oAuthCredentials = c.withScopes(scopes)
	return c
}

// WithOAuthToken returns a copy that starts with this token (one fetched earlier or loaded from
// storage); the client sends it until it expires.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
func (c ClientCredentialsAuthCredentials) WithOAuthToken(token models.OAuthToken) ClientCredentialsAuthCredentials {
	c.oAuthCredentials = c.withToken(token)
	return c
}

// WithOAuthTokenProvider returns a copy whose provider is called whenever the client has no token
// or its token has expired; what it returns becomes the current token (a token without an access
// token makes the call fail with AuthorizationRequiredError). Without a provider the SDK fetches
// tokens itself.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2
func (c ClientCredentialsAuthCredentials) WithOAuthTokenProvider(provider func(lastOAuthToken models.OAuthToken, authManager ClientCredentialsAuthManager) models.OAuthToken) ClientCredentialsAuthCredentials {
	c.provider = provider
	return c
}

// WithOAuthOnTokenUpdate returns a copy that calls onUpdate with every new token the client starts
// using (fetched, refreshed or provided): the place to persist it.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
func (c ClientCredentialsAuthCredentials) WithOAuthOnTokenUpdate(onUpdate func(token models.OAuthToken)) ClientCredentialsAuthCredentials {
	c.onTokenUpdate = onUpdate
	return c
}

// OAuthClientId returns the configured client id.
func (c ClientCredentialsAuthCredentials) OAuthClientId() string { return c.clientId }

// OAuthToken returns the configured token, or nil.
func (c ClientCredentialsAuthCredentials) OAuthToken() *models.OAuthToken { return c.token }

// String shows the group with the secret and token redacted.
func (c ClientCredentialsAuthCredentials) String() string {
	return "ClientCredentialsAuthCredentials{" + c.describe() + "}"
}

// GoString is String, so that %#v does not print the secret either.
func (c ClientCredentialsAuthCredentials) GoString() string { return c.String() }

func (c ClientCredentialsAuthCredentials) validate() error {
	return requireNonEmpty("ClientCredentialsAuthCredentials",
		[2]string{"OAuthClientId", c.clientId}, [2]string{"OAuthClientSecret", c.clientSecret})
}
