package sdk

import (
	"fmt"
	"net/http"
)

// SdkErrorCode is the stable, machine-readable code of every error the SDK returns on purpose.
// Branch on it (or on the error type with errors.As), never on the message.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.2
type SdkErrorCode string

const (
	CodeApiError              SdkErrorCode = "API_ERROR"
	CodeOAuthProviderError    SdkErrorCode = "OAUTH_PROVIDER_ERROR"
	CodeAuthorizationRequired SdkErrorCode = "AUTHORIZATION_REQUIRED"
	CodeConfigurationError    SdkErrorCode = "CONFIGURATION_ERROR"
	CodeInvalidResponse       SdkErrorCode = "INVALID_RESPONSE"
	CodeStateMismatch         SdkErrorCode = "STATE_MISMATCH"
)

// SdkError is implemented by every error type of this package. Messages never contain the client
// secret, a password or a token.
//
// Example:
//
//	var sdkErr sdk.SdkError
//	if errors.As(err, &sdkErr) && sdkErr.Code() == sdk.CodeAuthorizationRequired { ... }
type SdkError interface {
	error
	Code() SdkErrorCode
}

// ApiError: the API (or a token endpoint answering without an OAuth error body) returned a non-2xx
// status. For RFC 6750 failures ErrorCode, ErrorDescription and Scope come from the
// WWW-Authenticate Bearer challenge, or failing that from the JSON body.
//
// Example:
//
//	var apiErr *sdk.ApiError
//	if errors.As(err, &apiErr) && apiErr.ErrorCode == "insufficient_scope" {
//		fmt.Println("needs scope", apiErr.Scope)
//	}
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-3.1
type ApiError struct {
	// StatusCode is the HTTP status of the response.
	StatusCode int
	// Headers are the response headers.
	Headers http.Header
	// Body is the raw response body.
	Body string
	// ErrorCode is the RFC 6750 error (invalid_token, insufficient_scope, ...), if sent.
	ErrorCode string
	// ErrorDescription is the server's explanation, if sent.
	ErrorDescription string
	// Scope is the scope the resource needs (Bearer challenge attribute), if sent.
	Scope   string
	message string
}

func (e *ApiError) Error() string      { return e.message }
func (e *ApiError) Code() SdkErrorCode { return CodeApiError }

// OAuthProviderError: the authorization server refused a token request with an RFC 6749 §5.2
// error response. ErrorCode is the RFC error code (invalid_grant, invalid_client, ...).
//
// Example:
//
//	var providerErr *sdk.OAuthProviderError
//	if errors.As(err, &providerErr) && providerErr.ErrorCode == "invalid_grant" {
//		// the refresh token or code is no longer valid
//	}
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.2
type OAuthProviderError struct {
	// ErrorCode is RFC 6749's error field (named so because Error is the error interface's method).
	ErrorCode string
	// ErrorDescription is RFC 6749's error_description, if sent.
	ErrorDescription string
	// ErrorUri is RFC 6749's error_uri, if sent.
	ErrorUri string
	// StatusCode is the token endpoint's HTTP status (400, or 401 for invalid_client).
	StatusCode int
	// Headers are the response headers.
	Headers http.Header
	// Body is the raw response body.
	Body    string
	context string
}

func (e *OAuthProviderError) Error() string {
	detail := ""
	if e.ErrorDescription != "" {
		detail = ": " + e.ErrorDescription
	}
	return fmt.Sprintf("%s failed with %s (HTTP %d)%s", e.context, e.ErrorCode, e.StatusCode, detail)
}
func (e *OAuthProviderError) Code() SdkErrorCode { return CodeOAuthProviderError }

// AuthorizationRequiredError: a call needs a token the SDK cannot get on its own. For the
// authorization code grant there is no token yet (or it can no longer be refreshed), so the user
// must be sent to BuildAuthorizationURL first. Returned before any request is sent.
//
// Example:
//
//	var required *sdk.AuthorizationRequiredError
//	if errors.As(err, &required) {
//		http.Redirect(w, r, client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state), http.StatusFound)
//	}
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1
type AuthorizationRequiredError struct {
	message string
	// Cause is the refresh failure that led here, if any.
	Cause error
}

func (e *AuthorizationRequiredError) Error() string      { return e.message }
func (e *AuthorizationRequiredError) Code() SdkErrorCode { return CodeAuthorizationRequired }
func (e *AuthorizationRequiredError) Unwrap() error      { return e.Cause }

// ConfigurationError: the client was configured or called incorrectly (a missing credential, a
// reserved authorization parameter, ...). The message names the option to fix.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
type ConfigurationError struct{ message string }

func (e *ConfigurationError) Error() string      { return e.message }
func (e *ConfigurationError) Code() SdkErrorCode { return CodeConfigurationError }

// InvalidResponseError: a server answered 2xx with a body the SDK cannot use (not JSON, a token
// response without access_token or token_type, or a token type other than Bearer).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
type InvalidResponseError struct {
	StatusCode int
	Body       string
	message    string
}

func (e *InvalidResponseError) Error() string      { return e.message }
func (e *InvalidResponseError) Code() SdkErrorCode { return CodeInvalidResponse }

// StateMismatchError: FetchTokenWithState got a state that no BuildAuthorizationURL call of this
// client issued, or one already used: the redirect may be forged (CSRF).
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-10.12
type StateMismatchError struct{ message string }

func (e *StateMismatchError) Error() string      { return e.message }
func (e *StateMismatchError) Code() SdkErrorCode { return CodeStateMismatch }
