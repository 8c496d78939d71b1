package sdk

import (
	"fmt"
	"strings"

	"sdk/models"
)

// oAuthCredentials is what the three credentials groups share. Fields are unexported so that
// printing a configuration (fmt.Println, %+v) cannot leak the secret: the groups' String methods
// show a redacted view.
type oAuthCredentials struct {
	clientId      string
	clientSecret  string
	scopes        []models.OAuthScopeEnum
	token         *models.OAuthToken
	onTokenUpdate func(models.OAuthToken)
}

func (c oAuthCredentials) withToken(token models.OAuthToken) oAuthCredentials {
	c.token = &token
	return c
}

func (c oAuthCredentials) withScopes(scopes []models.OAuthScopeEnum) oAuthCredentials {
	c.scopes = append([]models.OAuthScopeEnum(nil), scopes...)
	return c
}

// scopeParameter is the configured scopes as RFC 6749's space-delimited scope, or "".
func (c oAuthCredentials) scopeParameter() string {
	parts := make([]string, len(c.scopes))
	for i, scope := range c.scopes {
		parts[i] = string(scope)
	}
	return strings.Join(parts, " ")
}

func (c oAuthCredentials) describe(extra ...string) string {
	token := "none"
	if c.token != nil {
		token = redacted
	}
	fields := append([]string{
		"OAuthClientId: " + c.clientId,
		"OAuthClientSecret: " + redacted,
		fmt.Sprintf("OAuthScopes: %v", c.scopes),
	}, extra...)
	return strings.Join(append(fields, "OAuthToken: "+token), ", ")
}

const redacted = "[redacted]"

// requireNonEmpty returns a ConfigurationError naming the first empty option, or nil.
func requireNonEmpty(group string, options ...[2]string) error {
	for _, option := range options {
		if option[1] == "" {
			return &ConfigurationError{message: fmt.Sprintf(
				"%s: %s is empty: set it to the value the authorization server issued", group, option[0])}
		}
	}
	return nil
}
