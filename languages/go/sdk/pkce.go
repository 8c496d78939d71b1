package sdk

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
)

// newCodeVerifier returns a PKCE code verifier: 32 random bytes, base64url without padding
// (43 characters of the unreserved alphabet).
//
// See https://www.rfc-editor.org/rfc/rfc7636#section-4.1
func newCodeVerifier() string {
	bytes := make([]byte, 32)
	if _, err := rand.Read(bytes); err != nil {
		// crypto/rand never fails on supported platforms; a guessable verifier would void PKCE.
		panic("sdk: no secure random source for the PKCE code verifier: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(bytes)
}

// s256CodeChallenge is BASE64URL(SHA256(verifier)).
//
// See https://www.rfc-editor.org/rfc/rfc7636#section-4.2
func s256CodeChallenge(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}
