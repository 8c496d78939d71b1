// Package sdk is the Go reference SDK of the OAuth 2.0 documentation site: a client for the demo
// API that gets, renews and sends OAuth 2.0 access tokens itself, with the client credentials,
// resource owner password and authorization code (PKCE) grants.
//
// See https://www.rfc-editor.org/rfc/rfc6749
package sdk

import (
	"fmt"
)

// Client holds the configuration, one auth manager per grant and the API controllers. It is
// immutable: CloneWithConfiguration returns a new client. Endpoint calls use the token of the
// first configured credentials group in the order authorization code, resource owner, client
// credentials. Safe for concurrent use.
//
// Example:
//
//	client := sdk.NewClient(
//		sdk.CreateConfiguration(
//			sdk.WithClientCredentialsAuthCredentials(
//				sdk.NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"),
//			),
//		),
//	)
//	response, err := client.ItemsController().ListItems(ctx)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-1.2
type Client struct {
	config            Configuration
	clientCredentials ClientCredentialsAuthManager
	resourceOwner     ResourceOwnerAuthManager
	authorizationCode AuthorizationCodeAuthManager
	userController    *UserController
	itemsController   *ItemsController
}

// NewClient creates a client. A credentials group with an empty required value does not fail
// here: every call that needs the group returns a *ConfigurationError naming the option.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
func NewClient(config Configuration) *Client {
	h := httpContext{authServerURL: config.AuthServerURL(), apiBaseURL: config.APIBaseURL(), client: config.client()}
	client := &Client{
		config:            config,
		clientCredentials: newClientCredentialsAuthManager(h, config.clientCredentials),
		resourceOwner:     newResourceOwnerAuthManager(h, config.resourceOwner),
		authorizationCode: newAuthorizationCodeAuthManager(h, config.authorizationCode),
	}
	api := &apiContext{http: h, manager: func() (*oauthManager, error) {
		switch {
		case config.authorizationCode != nil:
			return client.authorizationCode.(authorizationCodeAuthManager).oauthManager, nil
		case config.resourceOwner != nil:
			return client.resourceOwner.(resourceOwnerAuthManager).oauthManager, nil
		case config.clientCredentials != nil:
			return client.clientCredentials.(clientCredentialsAuthManager).oauthManager, nil
		}
		return nil, &ConfigurationError{message: "No OAuth credentials configured: pass sdk.WithClientCredentialsAuthCredentials, sdk.WithResourceOwnerAuthCredentials or sdk.WithAuthorizationCodeAuthCredentials to sdk.CreateConfiguration"}
	}}
	client.userController = &UserController{api: api}
	client.itemsController = &ItemsController{api: api}
	return client
}

// CloneWithConfiguration returns a new client with options applied to a copy of this client's
// configuration (each credentials group given replaces the old one). The new client starts from
// its configuration: tokens this client obtained on its own are not carried over unless passed
// with WithOAuthToken.
//
// Example:
//
//	client = client.CloneWithConfiguration(
//		sdk.WithResourceOwnerAuthCredentials(
//			client.Configuration().ResourceOwnerAuthCredentials().WithOAuthToken(token),
//		),
//	)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-7
func (c *Client) CloneWithConfiguration(options ...ConfigurationOptions) *Client {
	config := c.config
	for _, option := range options {
		option(&config)
	}
	return NewClient(config)
}

// Configuration returns the client's configuration.
func (c *Client) Configuration() Configuration { return c.config }

// ClientCredentialsAuthManager returns the client credentials grant's manager. When that group is
// not configured, its methods return a *ConfigurationError.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.4
func (c *Client) ClientCredentialsAuthManager() ClientCredentialsAuthManager {
	return c.clientCredentials
}

// ResourceOwnerAuthManager returns the password grant's manager. When that group is not
// configured, its methods return a *ConfigurationError.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.3
func (c *Client) ResourceOwnerAuthManager() ResourceOwnerAuthManager { return c.resourceOwner }

// AuthorizationCodeAuthManager returns the authorization code grant's manager. When that group is
// not configured, its methods return a *ConfigurationError (BuildAuthorizationURL panics with it).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1
func (c *Client) AuthorizationCodeAuthManager() AuthorizationCodeAuthManager {
	return c.authorizationCode
}

// UserController calls GET /me.
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
func (c *Client) UserController() *UserController { return c.userController }

// ItemsController calls GET /items and POST /items.
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
func (c *Client) ItemsController() *ItemsController { return c.itemsController }

// String shows the client's configuration with secrets, passwords and tokens redacted.
func (c *Client) String() string { return fmt.Sprintf("Client{%s}", c.config) }

// GoString is String, so that %#v does not print secrets either.
func (c *Client) GoString() string { return c.String() }
