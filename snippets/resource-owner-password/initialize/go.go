package main

import (
	"context"
	"fmt"
	"log"

	"sdk"
)

func main() {
	ctx := context.Background()

	// Configure the client once with its own credentials and the user's username and password.
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

	// No token yet: the first call that needs one makes the client fetch it.
	response, err := client.UserController().GetProfile(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
	fmt.Printf("Profile: %s (%s)\n", response.Data.Name, response.Data.Kind)
}
