package com.example.sandbox;

import com.example.sdk.utilities.SdkClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The sandbox's virtual clock: moves time for the mock server and the SDK alike, so token expiry
 * can be shown without waiting.
 *
 * <pre>{@code
 * Clock.advance(3600); // an hour later: the token has expired
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
 */
public final class Clock {
    private Clock() {
    }

    /**
     * Moves the clock forward by {@code seconds}: {@code POST /__control/clock} on the mock server
     * (its tokens expire), then the SDK's own "now" ({@link SdkClock}) by the same amount.
     *
     * @param seconds non-negative number of seconds
     */
    public static void advance(long seconds) {
        if (seconds < 0) {
            throw new SandboxException("INVALID_ARGUMENT",
                    "Clock.advance(seconds) needs a non-negative number of seconds, got " + seconds);
        }
        URI control = URI.create(MockServer.url() + "/__control/clock");
        HttpResponse<String> response = MockServer.send(HttpRequest.newBuilder(control)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"advanceSeconds\": " + seconds + "}"))
                .build());
        if (response.statusCode() != 200) {
            throw new SandboxException("UNEXPECTED_RESPONSE", "POST " + control + " answered HTTP "
                    + response.statusCode() + " instead of moving the mock server's clock: " + response.body());
        }
        SdkClock.advance(seconds);
    }
}
