package models

// OAuthScopeEnum is a scope the demo API defines: "read" allows GET /me and GET /items, "write"
// allows POST /items.
//
// Example:
//
//	sdk.NewAuthorizationCodeAuthCredentials(id, secret, redirectURI).
//		WithOAuthScopes([]models.OAuthScopeEnum{models.OAuthScopeEnum_READSCOPE})
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-3.3
type OAuthScopeEnum string

const (
	// OAuthScopeEnum_READSCOPE reads the user's profile and items.
	OAuthScopeEnum_READSCOPE OAuthScopeEnum = "read"
	// OAuthScopeEnum_WRITESCOPE creates items.
	OAuthScopeEnum_WRITESCOPE OAuthScopeEnum = "write"
)
