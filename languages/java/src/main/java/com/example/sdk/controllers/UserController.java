package com.example.sdk.controllers;

import com.example.sdk.http.ApiCall;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.UserProfile;

/**
 * {@code GET /me}: who the access token acts for. Needs scope {@code read}. Available as
 * {@code client.getUserController()}.
 *
 * <pre>{@code
 * UserProfile profile = client.getUserController().getProfile().getResult();
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class UserController {
    private final ApiCall api;

    /** Created by {@code SdkClient}; use {@code client.getUserController()}. */
    public UserController(ApiCall api) {
        this.api = api;
    }

    /**
     * The profile of the token's subject ({@code GET /me}, scope {@code read}).
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
     */
    public ApiResponse<UserProfile> getProfile() {
        return api.send("GET", "/me", null, UserProfile.class);
    }
}
