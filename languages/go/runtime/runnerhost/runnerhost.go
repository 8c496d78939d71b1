// Package runnerhost connects Go code run by the in-page runner (Yaegi in a Web Worker) to the
// worker: the sandbox helper's consent screens and clock go to the page, and Run tells the worker
// how the reader's main ended. The worker serves the channel as the file /dev/runner of the
// interpreter's virtual file system (goFileSystem.ts): one JSON request written, one answer read.
// Reading waits without blocking the JavaScript event loop, so the page can answer.
package runnerhost

import (
	"encoding/json"
	"fmt"
	"os"

	"sandbox"
)

const channelPath = "/dev/runner"

// call sends one request to the worker and returns its answer.
func call(request map[string]interface{}) string {
	channel, err := os.OpenFile(channelPath, os.O_RDWR, 0)
	if err != nil {
		panic(fmt.Sprintf("the runner's channel %s cannot be opened: %v", channelPath, err))
	}
	defer channel.Close()
	encoded, _ := json.Marshal(request)
	if _, err := channel.Write(encoded); err != nil {
		panic(fmt.Sprintf("the runner's channel refused a request: %v", err))
	}
	answer := make([]byte, 4096)
	n, err := channel.Read(answer)
	if err != nil {
		panic(fmt.Sprintf("the runner's channel gave no answer: %v", err))
	}
	return string(answer[:n])
}

func init() {
	sandbox.SetConsentHandler(func(request sandbox.ConsentRequest) (string, error) {
		return call(map[string]interface{}{
			"op":          "consent",
			"clientId":    request.ClientID,
			"clientName":  request.ClientName,
			"redirectUri": request.RedirectURI,
			"scope":       request.Scope,
			"state":       request.State,
		}), nil
	})
	sandbox.SetClockHandler(func(seconds int) {
		call(map[string]interface{}{"op": "advance", "seconds": seconds})
	})
}

// Run runs the reader's main and reports how it ended: returned, or panicked (with the value
// and its type; the interpreter has printed the frames it unwound on stderr). os.Exit needs no
// report: it ends the interpreter, which the worker sees. key is the worker's secret for this
// run, in the source that starts it: the reader's code can write to /dev/runner too, and the
// worker ends the run only on a report that carries it (issue 22).
func Run(key string, main func()) {
	defer func() {
		if value := recover(); value != nil {
			message := fmt.Sprint(value)
			if err, ok := value.(error); ok {
				message = err.Error()
			}
			call(map[string]interface{}{"op": "panic", "key": key, "value": message, "type": fmt.Sprintf("%T", value)})
			return
		}
		call(map[string]interface{}{"op": "return", "key": key})
	}()
	main()
}
