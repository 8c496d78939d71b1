package sdk

import "net/http"

// ApiResponse is a successful API call: the HTTP response and its parsed body. The response body
// has been read already; Response.Body holds a fresh copy of its bytes.
//
// Example:
//
//	response, err := client.UserController().GetProfile(ctx)
//	fmt.Println(response.Response.StatusCode, response.Data.Name)
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
type ApiResponse[T any] struct {
	// Response is the HTTP response (status, headers).
	Response *http.Response
	// Data is the response body, parsed.
	Data T
}
