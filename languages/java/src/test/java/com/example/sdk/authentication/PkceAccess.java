package com.example.sdk.authentication;

/** Lets tests in other packages reach the package-private PKCE functions. */
public final class PkceAccess {
    private PkceAccess() {
    }

    public static String challenge(String verifier) {
        return Pkce.s256CodeChallenge(verifier);
    }
}
