package sdk

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"

	"sdk/models"
)

// apiContext is what a controller needs: the HTTP context and the auth manager calls use.
type apiContext struct {
	http httpContext
	// manager returns the manager of the first configured group, or a ConfigurationError.
	manager func() (*oauthManager, error)
}

// callAPI calls the protected API with a Bearer token in the Authorization header (RFC 6750
// §2.1, never in the URL). On a 401 the token is renewed and the call retried once.
func callAPI[T any](ctx context.Context, api *apiContext, method, path string, body any) (ApiResponse[T], error) {
	var result ApiResponse[T]
	manager, err := api.manager()
	if err != nil {
		return result, err
	}
	var payload []byte
	if body != nil {
		if payload, err = json.Marshal(body); err != nil {
			return result, fmt.Errorf("%s %s: the request body cannot be encoded as JSON: %w", method, path, err)
		}
	}
	target := joinURL(api.http.apiBaseURL, path)
	send := func(token models.OAuthToken) (*http.Response, []byte, error) {
		var reader io.Reader
		if payload != nil {
			reader = bytes.NewReader(payload)
		}
		request, err := http.NewRequestWithContext(ctx, method, target, reader)
		if err != nil {
			return nil, nil, &ConfigurationError{message: fmt.Sprintf("%s %s: the URL is not valid: check the API base URL (%v)", method, target, err)}
		}
		request.Header.Set("Authorization", "Bearer "+token.AccessToken)
		request.Header.Set("Accept", "application/json")
		if payload != nil {
			request.Header.Set("Content-Type", "application/json")
		}
		response, err := api.http.client.Do(request)
		if err != nil {
			return nil, nil, fmt.Errorf("%s %s could not be reached (is the API base URL right?): %w", method, target, err)
		}
		defer response.Body.Close()
		read, err := io.ReadAll(response.Body)
		if err != nil {
			return nil, nil, fmt.Errorf("%s %s: reading the answer failed: %w", method, target, err)
		}
		response.Body = io.NopCloser(bytes.NewReader(read))
		return response, read, nil
	}

	token, err := manager.currentToken(ctx)
	if err != nil {
		return result, err
	}
	response, read, err := send(token)
	if err == nil && response.StatusCode == http.StatusUnauthorized {
		if token, err = manager.renewRejectedToken(ctx, token); err != nil {
			return result, err
		}
		response, read, err = send(token)
	}
	if err != nil {
		return result, err
	}
	if response.StatusCode < 200 || response.StatusCode > 299 {
		return result, newApiError(method, target, response, read)
	}
	result.Response = response
	if len(read) > 0 {
		if err := json.Unmarshal(read, &result.Data); err != nil {
			return result, &InvalidResponseError{StatusCode: response.StatusCode, Body: string(read), message: fmt.Sprintf(
				"%s %s answered HTTP %d with a body that is not the expected JSON: %v", method, target, response.StatusCode, err)}
		}
	}
	return result, nil
}

func newApiError(method, target string, response *http.Response, body []byte) *ApiError {
	apiErr := &ApiError{StatusCode: response.StatusCode, Headers: response.Header, Body: string(body)}
	challenge := parseBearerChallenge(response.Header.Get("WWW-Authenticate"))
	var fromBody struct {
		Error            string `json:"error"`
		ErrorDescription string `json:"error_description"`
	}
	_ = json.Unmarshal(body, &fromBody)
	apiErr.ErrorCode = firstSet(challenge["error"], fromBody.Error)
	apiErr.ErrorDescription = firstSet(challenge["error_description"], fromBody.ErrorDescription)
	apiErr.Scope = challenge["scope"]
	reason := strings.Trim(apiErr.ErrorCode+": "+apiErr.ErrorDescription, ": ")
	if reason != "" {
		reason = " (" + reason + ")"
	}
	apiErr.message = fmt.Sprintf("%s %s failed with HTTP %d%s", method, target, response.StatusCode, reason)
	return apiErr
}

var (
	bearerScheme = regexp.MustCompile(`(?i)(?:^|,)\s*Bearer\b(.*)$`)
	bearerParam  = regexp.MustCompile(`(?i)([a-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))`)
	quotedPair   = regexp.MustCompile(`\\(.)`)
)

// parseBearerChallenge reads the parameters of a WWW-Authenticate Bearer challenge (realm, error,
// error_description, scope); nil for a missing header or another scheme.
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-3
func parseBearerChallenge(header string) map[string]string {
	match := bearerScheme.FindStringSubmatch(header)
	if match == nil {
		return nil
	}
	params := map[string]string{}
	rest := match[1]
	for _, at := range bearerParam.FindAllStringSubmatchIndex(rest, -1) {
		name := strings.ToLower(rest[at[2]:at[3]])
		if _, seen := params[name]; seen {
			continue
		}
		if at[4] >= 0 { // a quoted-string value: undo its backslash escapes
			params[name] = quotedPair.ReplaceAllString(rest[at[4]:at[5]], "$1")
		} else {
			params[name] = rest[at[6]:at[7]]
		}
	}
	return params
}
