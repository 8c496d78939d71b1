package clock

import (
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	t.Cleanup(Reset)

	t.Run("runs ahead of the system clock by what Advance added, until Reset", func(t *testing.T) {
		Advance(time.Hour)
		Advance(30 * time.Minute)
		if ahead := time.Until(Now()); ahead < 89*time.Minute || ahead > 91*time.Minute || Offset() != 90*time.Minute {
			t.Fatalf("clock runs %v ahead (offset %v), want 90m", ahead, Offset())
		}
		Reset()
		if ahead := time.Until(Now()); ahead > time.Second || ahead < -time.Second {
			t.Fatalf("clock runs %v ahead after Reset", ahead)
		}
	})
}
