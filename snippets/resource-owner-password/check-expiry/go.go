package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"sandbox"
	"sdk"
)

func main() {
	ctx := context.Background()
	client := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.WithResourceOwnerAuthCredentials(
				sdk.NewResourceOwnerAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
					"OAuthUsername",
					"OAuthPassword",
				),
			),
		),
	)

	token, err := client.ResourceOwnerAuthManager().FetchToken(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithResourceOwnerAuthCredentials(
			client.Configuration().ResourceOwnerAuthCredentials().WithOAuthToken(token),
		),
	)

	// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
	fmt.Printf("Expires at: %s\n", time.Unix(token.Expiry, 0).UTC().Format(time.RFC3339))
	fmt.Printf("Token expired: %s\n", yesNo(client.ResourceOwnerAuthManager().OAuthTokenIsExpired()))

	// Demo only: move the sandbox clock an hour ahead.
	sandbox.Clock.Advance(3600)
	fmt.Printf("Token expired: %s\n", yesNo(client.ResourceOwnerAuthManager().OAuthTokenIsExpired()))
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
