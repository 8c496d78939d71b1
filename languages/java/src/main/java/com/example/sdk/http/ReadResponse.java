package com.example.sdk.http;

import com.example.sdk.exceptions.TransportException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A response read once: status, lower-case headers, raw text and (if it parsed) JSON.
 *
 * @param statusCode HTTP status
 * @param headers first value of each header, lower-case names
 * @param body raw text
 * @param json the body as JSON, or {@code null} if it is empty or not JSON
 */
public record ReadResponse(int statusCode, Map<String, String> headers, String body, JsonElement json) {

    /**
     * Sends {@code request} and reads the whole answer. I/O failures become
     * {@link TransportException} naming the method and URL (never a secret: none is in a URL).
     */
    public static ReadResponse send(HttpContext http, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.httpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TransportException(request.method() + " " + request.uri() + " could not be sent ("
                    + e + "): is the server running and the base URL right?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(request.method() + " " + request.uri() + " was interrupted", e);
        }
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : response.headers().map().entrySet()) {
            if (!entry.getValue().isEmpty()) {
                headers.put(entry.getKey().toLowerCase(), entry.getValue().get(0));
            }
        }
        String body = response.body() == null ? "" : response.body();
        JsonElement json = null;
        if (!body.isEmpty()) {
            try {
                json = JsonParser.parseString(body);
            } catch (JsonParseException e) {
                json = null;
            }
        }
        return new ReadResponse(response.statusCode(), headers, body, json);
    }

    /** The JSON body as an object, or an empty object when it is not one. */
    public JsonObject object() {
        return json != null && json.isJsonObject() ? json.getAsJsonObject() : new JsonObject();
    }

    /** A string member of the JSON object body, or {@code null}. */
    public String text(String name) {
        JsonElement value = object().get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? value.getAsString() : null;
    }

    /** Whether the status is 2xx. */
    public boolean ok() {
        return statusCode >= 200 && statusCode <= 299;
    }
}
