package main

import (
	"context"
	"errors"
	"fmt"
	"log"

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
					// A password the server rejects, so the token request fails.
					"wrong-password",
				),
			),
		),
	)

	_, err := client.ItemsController().ListItems(ctx)

	var providerErr *sdk.OAuthProviderError
	var apiErr *sdk.ApiError
	switch {
	case errors.As(err, &providerErr):
		// The authorization server refused to issue a token (RFC 6749, section 5.2).
		fmt.Printf("OAuth error: %s\n", providerErr.ErrorCode)
		fmt.Printf("Description: %s\n", providerErr.ErrorDescription)
	case errors.As(err, &apiErr):
		// The API itself answered with an error status.
		fmt.Printf("API error: HTTP %d\n", apiErr.StatusCode)
	case err != nil:
		log.Fatalln(err)
	}
}
