package com.example.sdk.models;

import java.util.List;

/**
 * Who a token acts for, as {@code GET /me} returns it: the demo user for tokens of the password
 * and authorization code grants, the client itself for client credentials tokens.
 *
 * <pre>{@code
 * UserProfile profile = client.getUserController().getProfile().getResult();
 * System.out.println(profile.getName() + " (" + profile.getKind() + ")");
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-1.1">RFC 6749 §1.1</a>
 */
public final class UserProfile {
    private String id;
    private String kind;
    private String name;
    private String username;
    private String email;
    private List<String> scopes;

    /** Subject identifier. */
    public String getId() {
        return id;
    }

    /** {@code user} for a resource owner, {@code client} for a client acting on its own behalf. */
    public String getKind() {
        return kind;
    }

    /** Display name. */
    public String getName() {
        return name;
    }

    /** The user's login name, or {@code null} for a client. */
    public String getUsername() {
        return username;
    }

    /** The user's e-mail address, or {@code null}. */
    public String getEmail() {
        return email;
    }

    /** Scopes of the token that made the request. */
    public List<String> getScopes() {
        return scopes;
    }
}
