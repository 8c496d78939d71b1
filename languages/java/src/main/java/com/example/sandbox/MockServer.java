package com.example.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP to the mock server for the sandbox helper: the base URL and a client that never follows redirects. */
final class MockServer {
    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private MockServer() {
    }

    /** {@code MOCK_SERVER_URL}, e.g. {@code http://127.0.0.1:4010}, without a trailing slash. */
    static String url() {
        String url = System.getenv("MOCK_SERVER_URL");
        if (url == null || url.isEmpty()) {
            throw new SandboxException("MOCK_SERVER_URL_MISSING", "The sandbox helper needs the mock server: "
                    + "start it with `npm run mock-server` and set MOCK_SERVER_URL to the URL it prints");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SandboxException("UNEXPECTED_RESPONSE", request.method() + " " + request.uri()
                    + " could not be sent (" + e + "): is the mock server running at MOCK_SERVER_URL?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("UNEXPECTED_RESPONSE", request.method() + " " + request.uri() + " was interrupted");
        }
    }

    static URI resolve(String base, String reference) {
        return URI.create(base).resolve(reference);
    }
}
