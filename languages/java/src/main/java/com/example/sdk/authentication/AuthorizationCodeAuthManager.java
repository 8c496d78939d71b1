package com.example.sdk.authentication;

import com.example.sdk.exceptions.AuthorizationRequiredException;
import com.example.sdk.exceptions.ConfigurationException;
import com.example.sdk.exceptions.StateMismatchException;
import com.example.sdk.http.HttpContext;
import com.example.sdk.models.OAuthToken;
import com.example.sdk.utilities.FormEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The authorization code grant with PKCE (S256). {@link #buildAuthorizationUrl()} makes the URL to
 * send the user to; {@link #fetchToken(String)} exchanges the code from the redirect for a token.
 * Expired tokens are refreshed with their refresh token; without a token, endpoint calls throw
 * {@link AuthorizationRequiredException} before sending anything. Available as
 * {@code client.getAuthorizationCodeAuth()}.
 *
 * <p>PKCE verifiers: each {@code buildAuthorizationUrl(state, ...)} creates a verifier and keeps
 * it under its state (calls without a state share one slot). {@code fetchToken(code, state)} uses
 * and forgets the verifier of that state; {@code fetchToken(code)} uses the most recent one. At
 * most 20 pending requests are kept, per manager, in memory only: use the same client for both
 * steps.
 *
 * <pre>{@code
 * String authUrl = client.getAuthorizationCodeAuth().buildAuthorizationUrl(state, Map.of());
 * // ... the redirect brings back ?code=...&state=...
 * OAuthToken token = client.getAuthorizationCodeAuth().fetchToken(code, state);
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">RFC 6749 §4.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4">RFC 7636 §4</a>
 */
public final class AuthorizationCodeAuthManager extends OAuthManager {
    /** Parameters the SDK sets itself; {@code additionalParams} may not override them. */
    private static final Set<String> RESERVED_PARAMETERS = Set.of("response_type", "client_id", "redirect_uri",
            "scope", "state", "code_challenge", "code_challenge_method", "code_verifier", "client_secret", "code",
            "grant_type", "refresh_token", "access_token", "password");
    /** How many authorization requests may be pending (built, not yet redeemed) at once. */
    private static final int MAX_PENDING = 20;
    /** Key of the slot for requests built without a state (a state is never this long). */
    private static final String NO_STATE = "\u0000no-state";

    private final AuthorizationCodeAuthModel credentials;
    /** PKCE verifiers by state, oldest first. */
    private final LinkedHashMap<String, String> verifiers = new LinkedHashMap<>();

    /** Created by {@code SdkClient}; use {@code client.getAuthorizationCodeAuth()}. */
    public AuthorizationCodeAuthManager(HttpContext http, AuthorizationCodeAuthModel credentials) {
        super(http, credentials);
        this.credentials = credentials;
    }

    /**
     * The authorization endpoint URL to send the user to, without a state: {@code
     * response_type=code}, client id, redirect URI, configured scopes and a PKCE S256 challenge.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">RFC 6749 §4.1.1</a>
     */
    public String buildAuthorizationUrl() {
        return buildAuthorizationUrl(null, null);
    }

    /**
     * The authorization endpoint URL to send the user to, with {@code state} (may be {@code null})
     * and {@code additionalParams} (e.g. {@code prompt=consent}; may be {@code null}) added after
     * the SDK's own parameters. The client secret is never part of it; an additional parameter
     * that would replace one the SDK sets throws {@link ConfigurationException}.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">RFC 6749 §4.1.1</a>
     * @see <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4.3">RFC 7636 §4.3</a>
     */
    public String buildAuthorizationUrl(String state, Map<String, String> additionalParams) {
        Map<String, String> extra = additionalParams == null ? Map.of() : additionalParams;
        for (Map.Entry<String, String> entry : extra.entrySet()) {
            if (RESERVED_PARAMETERS.contains(entry.getKey())) {
                throw new ConfigurationException("buildAuthorizationUrl: additional parameter \"" + entry.getKey()
                        + "\" is set by the SDK and cannot be overridden; remove it from additionalParams");
            }
            if (Objects.equals(entry.getValue(), credentials.getOAuthClientSecret())) {
                throw new ConfigurationException("buildAuthorizationUrl: additional parameter \"" + entry.getKey()
                        + "\" carries the client secret; a secret must never be put in a URL");
            }
        }
        String verifier = Pkce.createCodeVerifier();
        Map<String, String> query = params("response_type", "code", "client_id", credentials.getOAuthClientId(),
                "redirect_uri", credentials.getOAuthRedirectUri(), "scope", scopeParameter(), "state", state,
                "code_challenge", Pkce.s256CodeChallenge(verifier), "code_challenge_method", "S256");
        query.putAll(extra);
        synchronized (verifiers) {
            String key = state == null ? NO_STATE : state;
            verifiers.remove(key);
            verifiers.put(key, verifier);
            if (verifiers.size() > MAX_PENDING) {
                verifiers.remove(verifiers.keySet().iterator().next());
            }
        }
        return HttpContext.join(http().authServerUrl(), "/oauth2/authorize") + "?" + FormEncoding.encode(query);
    }

    /**
     * Exchanges an authorization code for a token, sending the PKCE verifier of the most recent
     * {@code buildAuthorizationUrl} call; makes it the manager's current token and returns it.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749 §4.1.3</a>
     */
    public OAuthToken fetchToken(String code) {
        return fetchToken(code, null);
    }

    /**
     * Exchanges an authorization code for a token, sending the PKCE verifier kept for
     * {@code state} (the state of the redirect); a state this manager never issued throws
     * {@link StateMismatchException} without sending anything. {@code null} state: the most recent
     * verifier.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749 §4.1.3</a>
     * @see <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4.5">RFC 7636 §4.5</a>
     */
    public OAuthToken fetchToken(String code, String state) {
        if (code == null || code.isEmpty()) {
            throw new ConfigurationException(
                    "fetchToken(code): the authorization code is empty; pass the `code` query parameter of the redirect");
        }
        String verifier;
        synchronized (verifiers) {
            if (state != null) {
                verifier = verifiers.remove(state);
                if (verifier == null) {
                    throw new StateMismatchException("fetchToken(code, state): this state was not issued by "
                            + "buildAuthorizationUrl() of this client, or was already used; the redirect may be forged");
                }
            } else {
                List<String> keys = new ArrayList<>(verifiers.keySet());
                verifier = keys.isEmpty() ? null : verifiers.remove(keys.get(keys.size() - 1));
            }
        }
        return adopt(requestToken(params("grant_type", "authorization_code", "code", code, "redirect_uri",
                credentials.getOAuthRedirectUri(), "code_verifier", verifier), "Exchanging the authorization code"));
    }

    @Override
    OAuthToken newGrant(Throwable cause) {
        String reason = cause != null ? "its refresh token was rejected"
                : "there is no access token (or no refresh token to renew it)";
        throw new AuthorizationRequiredException("The authorization code grant needs the user's consent: " + reason
                + ". Send the user to buildAuthorizationUrl(), then call fetchToken(code) and pass the token as oAuthToken.",
                cause);
    }

    @Override
    OAuthToken fromProvider(OAuthToken lastOAuthToken) {
        return credentials.getOAuthTokenProvider().provide(lastOAuthToken, this);
    }
}
