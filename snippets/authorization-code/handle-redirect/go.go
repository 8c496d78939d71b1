package main

import (
	"crypto/rand"
	"fmt"
	"log"

	"sandbox"
	"sdk"
	"sdk/models"
)

func main() {
	client := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.WithAuthorizationCodeAuthCredentials(
				sdk.NewAuthorizationCodeAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
					"https://example.com/oauth/callback",
				).
					WithOAuthScopes([]models.OAuthScopeEnum{
						models.OAuthScopeEnum_READSCOPE,
						models.OAuthScopeEnum_WRITESCOPE,
					}),
			),
		),
	)

	// 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
	state := randomUUID()
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state)

	// Demo only: the sandbox plays the user's browser; this run denies consent.
	callbackURL, err := sandbox.Browser.Authorize(authURL)
	if err != nil {
		log.Fatalln(err)
	}

	// 2. Callback request: the redirect carries the state you sent plus either a code or an error.
	//    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
	query := callbackURL.Query()
	switch {
	case query.Get("state") != state:
		fmt.Println("State mismatch: ignoring this callback")
	case query.Has("error"):
		fmt.Println("State verified")
		fmt.Printf("Authorization failed: %s\n", query.Get("error"))
		fmt.Printf("Description: %s\n", query.Get("error_description"))
	default:
		fmt.Println("State verified")
		fmt.Printf("Authorization code: %s…\n", query.Get("code")[:8])
	}
}

// randomUUID returns a random (version 4) UUID.
func randomUUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		log.Fatalln(err)
	}
	b[6], b[8] = b[6]&0x0f|0x40, b[8]&0x3f|0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
