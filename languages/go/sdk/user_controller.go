package sdk

import (
	"context"
	"net/http"

	"sdk/models"
)

// UserController calls GET /me: who the access token acts for. Needs scope read. Get it with
// client.UserController().
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
type UserController struct{ api *apiContext }

// GetProfile gets the profile of the token's subject (GET /me, scope read). The client gets or
// renews the token first when needed.
//
// Example:
//
//	response, err := client.UserController().GetProfile(ctx)
//	if err != nil {
//		log.Fatalln(err)
//	}
//	fmt.Printf("Hello, %s\n", response.Data.Name)
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
func (c *UserController) GetProfile(ctx context.Context) (ApiResponse[models.UserProfile], error) {
	return callAPI[models.UserProfile](ctx, c.api, http.MethodGet, "/me", nil)
}
