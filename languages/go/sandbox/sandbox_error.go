// Package sandbox plays what a Go snippet cannot do on its own against the mock OAuth server:
// the user's browser on the consent screen (Browser.Authorize) and the passing of time
// (Clock.Advance). It is the Go counterpart of the TypeScript `sandbox` module and reads
// MOCK_SERVER_URL (and SANDBOX_CONSENT) from the environment.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1
package sandbox

// SandboxErrorCode is the stable code of a *SandboxError.
type SandboxErrorCode string

const (
	// CodeConsentMissing: a consent screen needs an answer but SANDBOX_CONSENT is not set.
	CodeConsentMissing SandboxErrorCode = "CONSENT_HANDLER_MISSING"
	// CodeAuthorizationErrorPage: the server answered with an error page instead of a redirect.
	CodeAuthorizationErrorPage SandboxErrorCode = "AUTHORIZATION_ERROR_PAGE"
	// CodeUnexpectedResponse: the server answered something the browser cannot go on with.
	CodeUnexpectedResponse SandboxErrorCode = "UNEXPECTED_RESPONSE"
	// CodeInvalidArgument: the helper was called with a value it cannot use.
	CodeInvalidArgument SandboxErrorCode = "INVALID_ARGUMENT"
)

// SandboxError is what the sandbox helper returns (or panics with, for Clock.Advance).
//
// Example:
//
//	var sandboxErr *sandbox.SandboxError
//	if errors.As(err, &sandboxErr) && sandboxErr.Code == sandbox.CodeAuthorizationErrorPage {
//		fmt.Println(sandboxErr.OAuthError)
//	}
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
type SandboxError struct {
	Code SandboxErrorCode
	// Status is the HTTP status of the response that caused the error, if any.
	Status int
	// OAuthError is the OAuth error code an authorization server error page showed, if any.
	OAuthError string
	message    string
}

func (e *SandboxError) Error() string { return e.message }
