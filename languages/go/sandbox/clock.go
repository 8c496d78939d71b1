package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	sdkclock "sdk/clock"
)

// clock is the type of Clock.
type clock struct{}

// Clock moves time for a snippet, so that "an hour later" happens at once.
//
// Example:
//
//	sandbox.Clock.Advance(3600) // the token fetched a moment ago is now expired
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-4.2.2 (expires_in)
var Clock clock

// Advance moves time forward by seconds, for the mock server (POST
// $MOCK_SERVER_URL/__control/clock, so it too sees the token as expired) and for the SDK's clock
// (sdk/clock). Without MOCK_SERVER_URL only the SDK's clock moves. It panics with a *SandboxError
// when the mock server refuses: a snippet cannot go on with two clocks that disagree. A host's
// clock handler (SetClockHandler) moves time instead of both.
func (clock) Advance(seconds int) {
	if seconds < 0 {
		panic(&SandboxError{Code: CodeInvalidArgument, message: fmt.Sprintf("sandbox.Clock.Advance(%d): time only moves forward; pass a number of seconds ≥ 0", seconds)})
	}
	if clockHandler != nil {
		clockHandler(seconds)
		return
	}
	if server := os.Getenv("MOCK_SERVER_URL"); server != "" {
		if err := advanceServerClock(strings.TrimRight(server, "/"), seconds); err != nil {
			panic(err)
		}
	}
	sdkclock.Advance(time.Duration(seconds) * time.Second)
}

// Now is the SDK's current time, as moved by Advance.
func (clock) Now() time.Time { return sdkclock.Now() }

func advanceServerClock(server string, seconds int) error {
	body, _ := json.Marshal(map[string]int{"advanceSeconds": seconds})
	response, err := http.Post(server+"/__control/clock", "application/json", bytes.NewReader(body))
	if err != nil {
		return &SandboxError{Code: CodeUnexpectedResponse, message: fmt.Sprintf(
			"sandbox.Clock.Advance could not reach the mock server at MOCK_SERVER_URL=%s (start it with npm run mock-server): %v", server, err)}
	}
	defer response.Body.Close()
	if response.StatusCode < 200 || response.StatusCode > 299 {
		answer, _ := io.ReadAll(response.Body)
		return &SandboxError{Code: CodeUnexpectedResponse, Status: response.StatusCode, message: fmt.Sprintf(
			"sandbox.Clock.Advance: the mock server answered HTTP %d to POST /__control/clock: %s", response.StatusCode, strings.TrimSpace(string(answer)))}
	}
	return nil
}
