package main

import (
	"crypto/rand"
	"fmt"
	"log"

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

	// A fresh, unguessable state for each sign-in. Keep it in the user's session: the callback
	// must carry the same value, or it answers a request this user never made (RFC 6749, section 10.12).
	state := randomUUID()

	// prompt=consent asks the server to show the consent screen even if the user approved before.
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURLWithParams(&state, map[string]string{
		"prompt": "consent",
	})
	fmt.Printf("State: %s\n", state)
	fmt.Printf("Authorization URL: %s\n", authURL)
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
