package main

import (
	"context"
	"fmt"
	"log"

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

	// The client gets a token with the password grant before the first call and sends it in the Authorization header.
	response, err := client.ItemsController().ListItems(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
	fmt.Printf("Items: %d\n", len(response.Data.Items))

	// Demo only: move the sandbox clock an hour ahead so the token expires.
	sandbox.Clock.Advance(3600)
	fmt.Printf("Token expired: %s\n", yesNo(client.ResourceOwnerAuthManager().OAuthTokenIsExpired()))

	// The next call notices and refreshes the token before sending the request.
	response, err = client.ItemsController().ListItems(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
	fmt.Printf("Token expired: %s\n", yesNo(client.ResourceOwnerAuthManager().OAuthTokenIsExpired()))
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
