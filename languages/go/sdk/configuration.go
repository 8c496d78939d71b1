package sdk

import (
	"net/http"
	"os"
	"strings"
)

const (
	defaultAuthServerURL = "https://auth.example.com"
	defaultAPIBaseURL    = "https://api.example.com/v1"
)

// Configuration is everything NewClient needs: the credentials group(s) of the grant(s) you use,
// the server URLs and the HTTP client. Build it with CreateConfiguration; read it back with
// client.Configuration(). Endpoint calls authenticate with the first configured group in the
// order authorization code, resource owner, client credentials.
//
// Example:
//
//	config := sdk.CreateConfiguration(
//		sdk.WithClientCredentialsAuthCredentials(
//			sdk.NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"),
//		),
//	)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-2.3
type Configuration struct {
	clientCredentials *ClientCredentialsAuthCredentials
	resourceOwner     *ResourceOwnerAuthCredentials
	authorizationCode *AuthorizationCodeAuthCredentials
	authServerURL     string
	apiBaseURL        string
	httpClient        *http.Client
}

// ConfigurationOptions is one change to a Configuration, for CreateConfiguration and
// client.CloneWithConfiguration.
type ConfigurationOptions func(*Configuration)

// CreateConfiguration builds a configuration from options. Server URLs default to the
// environment variables SDK_AUTH_SERVER_URL and SDK_API_BASE_URL when set (handy to point every
// program at `npm run mock-server`), else to https://auth.example.com and
// https://api.example.com/v1.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-3
func CreateConfiguration(options ...ConfigurationOptions) Configuration {
	var config Configuration
	for _, option := range options {
		option(&config)
	}
	return config
}

// WithClientCredentialsAuthCredentials sets (or replaces) the client credentials group.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.4
func WithClientCredentialsAuthCredentials(credentials ClientCredentialsAuthCredentials) ConfigurationOptions {
	return func(c *Configuration) { c.clientCredentials = &credentials }
}

// WithResourceOwnerAuthCredentials sets (or replaces) the resource owner password group.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.3
func WithResourceOwnerAuthCredentials(credentials ResourceOwnerAuthCredentials) ConfigurationOptions {
	return func(c *Configuration) { c.resourceOwner = &credentials }
}

// WithAuthorizationCodeAuthCredentials sets (or replaces) the authorization code group.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1
func WithAuthorizationCodeAuthCredentials(credentials AuthorizationCodeAuthCredentials) ConfigurationOptions {
	return func(c *Configuration) { c.authorizationCode = &credentials }
}

// WithAuthServerURL sets the authorization server's base URL (its /oauth2/authorize and
// /oauth2/token endpoints are below it).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-3
func WithAuthServerURL(url string) ConfigurationOptions {
	return func(c *Configuration) { c.authServerURL = url }
}

// WithAPIBaseURL sets the protected API's base URL.
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
func WithAPIBaseURL(url string) ConfigurationOptions {
	return func(c *Configuration) { c.apiBaseURL = url }
}

// WithHTTPClient sets the *http.Client every request goes through (to add a proxy, a timeout or
// logging). Default: http.DefaultClient.
func WithHTTPClient(client *http.Client) ConfigurationOptions {
	return func(c *Configuration) { c.httpClient = client }
}

// ClientCredentialsAuthCredentials returns the client credentials group (the zero value when it
// is not configured).
func (c Configuration) ClientCredentialsAuthCredentials() ClientCredentialsAuthCredentials {
	if c.clientCredentials == nil {
		return ClientCredentialsAuthCredentials{}
	}
	return *c.clientCredentials
}

// ResourceOwnerAuthCredentials returns the resource owner password group (the zero value when it
// is not configured).
func (c Configuration) ResourceOwnerAuthCredentials() ResourceOwnerAuthCredentials {
	if c.resourceOwner == nil {
		return ResourceOwnerAuthCredentials{}
	}
	return *c.resourceOwner
}

// AuthorizationCodeAuthCredentials returns the authorization code group (the zero value when it
// is not configured).
func (c Configuration) AuthorizationCodeAuthCredentials() AuthorizationCodeAuthCredentials {
	if c.authorizationCode == nil {
		return AuthorizationCodeAuthCredentials{}
	}
	return *c.authorizationCode
}

// AuthServerURL returns the authorization server's base URL: the configured one, else
// SDK_AUTH_SERVER_URL, else https://auth.example.com.
func (c Configuration) AuthServerURL() string {
	return firstSet(c.authServerURL, os.Getenv("SDK_AUTH_SERVER_URL"), defaultAuthServerURL)
}

// APIBaseURL returns the API's base URL: the configured one, else SDK_API_BASE_URL, else
// https://api.example.com/v1.
func (c Configuration) APIBaseURL() string {
	return firstSet(c.apiBaseURL, os.Getenv("SDK_API_BASE_URL"), defaultAPIBaseURL)
}

// String shows the configuration with secrets, passwords and tokens redacted.
func (c Configuration) String() string {
	parts := []string{"AuthServerURL: " + c.AuthServerURL(), "APIBaseURL: " + c.APIBaseURL()}
	if c.clientCredentials != nil {
		parts = append(parts, c.clientCredentials.String())
	}
	if c.resourceOwner != nil {
		parts = append(parts, c.resourceOwner.String())
	}
	if c.authorizationCode != nil {
		parts = append(parts, c.authorizationCode.String())
	}
	return "Configuration{" + strings.Join(parts, ", ") + "}"
}

// GoString is String, so that %#v does not print secrets either.
func (c Configuration) GoString() string { return c.String() }

func (c Configuration) client() *http.Client {
	if c.httpClient != nil {
		return c.httpClient
	}
	return http.DefaultClient
}

func firstSet(values ...string) string {
	for _, value := range values {
		if value != "" {
			return value
		}
	}
	return ""
}

// joinURL joins a base URL and a path without doubling or dropping the slash.
func joinURL(base, path string) string {
	return strings.TrimRight(base, "/") + "/" + strings.TrimLeft(path, "/")
}
