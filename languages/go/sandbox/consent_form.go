package sandbox

import (
	"html"
	"regexp"
	"strings"
)

// The authorization server's pages are read with regular expressions: the standard library has
// no HTML parser, and the pages are the mock server's own markup (sandbox/mock-server/
// consentPage.ts and html.ts): one form, double-quoted attributes, entity-escaped values.
var (
	formTag   = regexp.MustCompile(`(?is)<form\b([^>]*)>`)
	inputTag  = regexp.MustCompile(`(?is)<input\b([^>]*)>`)
	attribute = regexp.MustCompile(`([^\s="'<>/]+)\s*=\s*"([^"]*)"`)
	alertTag  = regexp.MustCompile(`(?is)<p\b([^>]*\brole="alert"[^>]*)>(.*?)</p>`)
	titleTag  = regexp.MustCompile(`(?is)<title>(.*?)</title>`)
	anyTag    = regexp.MustCompile(`<[^>]*>`)
)

// consentForm is the consent page's form: where and how to send it, and its hidden fields in
// page order.
type consentForm struct {
	action string
	method string
	fields [][2]string
	// attributes are the form tag's own (data-client-id, data-scope, …).
	attributes map[string]string
}

// request is what the form asks the user, for a host's consent handler.
func (form *consentForm) request(page string) ConsentRequest {
	request := ConsentRequest{
		ClientID:    form.attributes["data-client-id"],
		ClientName:  form.attributes["data-client-name"],
		RedirectURI: form.attributes["data-redirect-uri"],
		Scope:       form.attributes["data-scope"],
		Page:        page,
	}
	for _, field := range form.fields {
		switch field[0] {
		case "client_id":
			if request.ClientID == "" {
				request.ClientID = field[1]
			}
		case "redirect_uri":
			if request.RedirectURI == "" {
				request.RedirectURI = field[1]
			}
		case "scope":
			if request.Scope == "" {
				request.Scope = field[1]
			}
		case "state":
			request.State = field[1]
		}
	}
	return request
}

func attributes(text string) map[string]string {
	result := map[string]string{}
	for _, match := range attribute.FindAllStringSubmatch(text, -1) {
		result[strings.ToLower(match[1])] = html.UnescapeString(match[2])
	}
	return result
}

// parseConsentForm returns the page's form, or nil if it has none.
func parseConsentForm(page string) *consentForm {
	tag := formTag.FindStringSubmatch(page)
	if tag == nil {
		return nil
	}
	form := attributes(tag[1])
	method := strings.ToUpper(form["method"])
	if method == "" {
		method = "GET"
	}
	parsed := &consentForm{action: form["action"], method: method, attributes: form}
	for _, input := range inputTag.FindAllStringSubmatch(page, -1) {
		field := attributes(input[1])
		if strings.EqualFold(field["type"], "hidden") && field["name"] != "" {
			parsed.fields = append(parsed.fields, [2]string{field["name"], field["value"]})
		}
	}
	return parsed
}

// parseErrorPage returns the OAuth error code and message of an error page
// (<p role="alert" data-error="...">), or the page title.
func parseErrorPage(page string) (oauthError, message string) {
	if alert := alertTag.FindStringSubmatch(page); alert != nil {
		text := html.UnescapeString(anyTag.ReplaceAllString(alert[2], ""))
		return attributes(alert[1])["data-error"], strings.TrimSpace(text)
	}
	if title := titleTag.FindStringSubmatch(page); title != nil {
		return "", strings.TrimSpace(html.UnescapeString(title[1]))
	}
	if len(page) > 200 {
		page = page[:200]
	}
	return "", page
}
