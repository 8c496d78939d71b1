// Package clock is the SDK's one source of "now". Token expiry checks and the expiry stamped on
// new tokens read it, so the sandbox helper (and tests) can move time forward without waiting.
// Applications never need to touch it.
//
// See https://www.rfc-editor.org/rfc/rfc6749#section-5.1 (expires_in).
package clock

import (
	"sync/atomic"
	"time"
)

// offset is how far the SDK's clock runs ahead of the system clock, in nanoseconds.
var offset atomic.Int64

// Now returns the SDK's current time: the system time plus the offset set by Advance.
//
// Example:
//
//	expired := !clock.Now().Before(time.Unix(token.Expiry, 0))
func Now() time.Time {
	return time.Now().Add(time.Duration(offset.Load()))
}

// Advance moves the SDK's clock forward by d (tokens then look that much older).
//
// Example:
//
//	clock.Advance(time.Hour) // the token fetched a moment ago is now expired
func Advance(d time.Duration) {
	offset.Add(int64(d))
}

// Offset returns how far Advance has moved the clock.
func Offset() time.Duration {
	return time.Duration(offset.Load())
}

// Reset puts the SDK's clock back to the system time.
func Reset() {
	offset.Store(0)
}
