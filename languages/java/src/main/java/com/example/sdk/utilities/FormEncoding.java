package com.example.sdk.utilities;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded} encoding (RFC 6749 Appendix B), used for token
 * request bodies, the authorization URL's query and the client's Basic credentials.
 */
public final class FormEncoding {
    private FormEncoding() {
    }

    /** One value, form-encoded (space as {@code +}). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code name=value&...} in the map's iteration order; {@code null} values are left out. */
    public static String encode(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null) {
                joined.add(encode(name) + "=" + encode(value));
            }
        });
        return joined.toString();
    }
}
