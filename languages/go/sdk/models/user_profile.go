package models

// UserProfile is who a token acts for, as GET /me answers: the demo user for tokens of the
// password and authorization code grants (Kind "user"), the client itself for client credentials
// tokens (Kind "client").
//
// Example:
//
//	response, err := client.UserController().GetProfile(ctx)
//	fmt.Println(response.Data.Name, response.Data.Kind)
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-1.1
type UserProfile struct {
	Id       string   `json:"id"`
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`
	Username string   `json:"username,omitempty"`
	Email    string   `json:"email,omitempty"`
	Scopes   []string `json:"scopes"`
}
