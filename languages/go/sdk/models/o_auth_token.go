// Package models holds the SDK's data types: tokens, scopes and the demo API's resources.
package models

// OAuthToken is an access token as the SDK keeps it. It marshals to JSON (with the same field
// names as the TypeScript SDK's token), so an application can store it and pass it back later with
// WithOAuthToken.
//
// Expiry is a Unix time in seconds computed when the token response arrived: receipt time +
// expires_in − a margin for clock skew and latency (30 seconds, or half the lifetime for tokens
// that live less than a minute). Zero means the server sent no lifetime: the SDK then never treats
// the token as expired on its own.
//
// Example:
//
//	token, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
//	fmt.Printf("expires in %d s\n", token.ExpiresIn)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
type OAuthToken struct {
	// AccessToken is RFC 6749's access_token. It is a bearer credential: never log it whole.
	AccessToken string `json:"accessToken"`
	// TokenType is "Bearer", the only type this SDK sends (RFC 6750).
	TokenType string `json:"tokenType"`
	// ExpiresIn is the lifetime in seconds as the server sent it (expires_in); 0 if absent.
	ExpiresIn int64 `json:"expiresIn,omitempty"`
	// Expiry is the Unix time (seconds) from which the SDK treats the token as expired; see above.
	Expiry int64 `json:"expiry,omitempty"`
	// Scope is the space-delimited list of scopes granted (scope).
	Scope string `json:"scope,omitempty"`
	// RefreshToken is set when the grant issued one (password and authorization code grants).
	RefreshToken string `json:"refreshToken,omitempty"`
}
