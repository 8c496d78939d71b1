package sdk

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"sdk/clock"
	"sdk/models"
)

// clockSkewMarginSeconds is subtracted from expires_in when stamping a token's Expiry, so tokens
// are renewed before the server rejects them; capped at half the lifetime so that short-lived
// tokens stay usable.
const clockSkewMarginSeconds = 30

// httpContext is where requests go and how.
type httpContext struct {
	authServerURL string
	apiBaseURL    string
	client        *http.Client
}

// requestToken sends a token request (RFC 6749 §3.2) and turns the answer into a token or a typed
// error. The client authenticates with HTTP Basic, id and secret form-encoded first (RFC 6749
// §2.3.1), so neither ever appears in a URL or in the body. what names the step in errors.
func requestToken(ctx context.Context, h httpContext, creds oAuthCredentials, params [][2]string, what string) (models.OAuthToken, error) {
	form := url.Values{}
	for _, param := range params {
		if param[1] != "" {
			form.Set(param[0], param[1])
		}
	}
	tokenURL := joinURL(h.authServerURL, "/oauth2/token")
	request, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return models.OAuthToken{}, &ConfigurationError{message: fmt.Sprintf(
			"%s: the token endpoint URL %q is not valid: check the authorization server URL (%v)", what, tokenURL, err)}
	}
	basic := url.QueryEscape(creds.clientId) + ":" + url.QueryEscape(creds.clientSecret)
	request.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(basic)))
	request.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	request.Header.Set("Accept", "application/json")

	response, err := h.client.Do(request)
	if err != nil {
		return models.OAuthToken{}, fmt.Errorf("%s: the token endpoint %s could not be reached (is the authorization server URL right?): %w", what, tokenURL, err)
	}
	receivedAt := clock.Now().Unix()
	body, err := io.ReadAll(response.Body)
	response.Body.Close()
	if err != nil {
		return models.OAuthToken{}, fmt.Errorf("%s: reading the token endpoint's answer failed: %w", what, err)
	}
	var fields map[string]any
	if json.Unmarshal(body, &fields) != nil {
		fields = nil
	}
	text := func(name string) string {
		value, _ := fields[name].(string)
		return value
	}

	if response.StatusCode < 200 || response.StatusCode > 299 {
		if code := text("error"); code != "" {
			return models.OAuthToken{}, &OAuthProviderError{
				ErrorCode:        code,
				ErrorDescription: text("error_description"),
				ErrorUri:         text("error_uri"),
				StatusCode:       response.StatusCode,
				Headers:          response.Header,
				Body:             string(body),
				context:          what,
			}
		}
		return models.OAuthToken{}, &ApiError{
			StatusCode: response.StatusCode,
			Headers:    response.Header,
			Body:       string(body),
			message: fmt.Sprintf("%s failed with HTTP %d and a body that is not an OAuth error response (RFC 6749 §5.2)",
				what, response.StatusCode),
		}
	}

	accessToken, tokenType := text("access_token"), text("token_type")
	if accessToken == "" || tokenType == "" {
		return models.OAuthToken{}, &InvalidResponseError{StatusCode: response.StatusCode, Body: string(body), message: fmt.Sprintf(
			"%s answered HTTP %d without a JSON access_token and token_type (RFC 6749 §5.1)", what, response.StatusCode)}
	}
	if !strings.EqualFold(tokenType, "bearer") {
		return models.OAuthToken{}, &InvalidResponseError{StatusCode: response.StatusCode, Body: string(body), message: fmt.Sprintf(
			"%s issued a token of type %q; this SDK only sends Bearer tokens (RFC 6750)", what, tokenType)}
	}
	token := models.OAuthToken{
		AccessToken:  accessToken,
		TokenType:    "Bearer",
		Scope:        text("scope"),
		RefreshToken: text("refresh_token"),
	}
	if expiresIn, ok := fields["expires_in"].(float64); ok {
		token.ExpiresIn = int64(expiresIn)
		margin := token.ExpiresIn / 2
		if margin > clockSkewMarginSeconds {
			margin = clockSkewMarginSeconds
		}
		token.Expiry = receivedAt + token.ExpiresIn - margin
	}
	return token, nil
}
