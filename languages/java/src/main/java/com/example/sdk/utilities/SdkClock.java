package com.example.sdk.utilities;

/**
 * The one place the SDK reads "now" from: token expiry ({@link #nowMillis()}) is computed and
 * checked against it. Real time plus an offset that only a sandbox or a test moves, so that
 * expiry can be shown without waiting an hour.
 *
 * <pre>{@code
 * SdkClock.advance(3600); // an hour later, for the SDK
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
 */
public final class SdkClock {
    private static volatile long offsetMillis;

    private SdkClock() {
    }

    /** The SDK's current time in milliseconds since the epoch. */
    public static long nowMillis() {
        return System.currentTimeMillis() + offsetMillis;
    }

    /**
     * Moves the SDK's clock forward. A sandbox/test hook: production code has no reason to call it.
     *
     * @param seconds non-negative number of seconds
     */
    public static void advance(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("SdkClock.advance(seconds) needs a non-negative number, got " + seconds);
        }
        offsetMillis += seconds * 1000;
    }

    /** Back to real time (a test hook). */
    public static void reset() {
        offsetMillis = 0;
    }
}
