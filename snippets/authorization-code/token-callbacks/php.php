<?php

require_once __DIR__ . '/vendor/autoload.php';

// Stands in for your database or cache.
$savedToken = null;

$client = SdkClientBuilder::init()
    ->authorizationCodeAuthCredentials(
        AuthorizationCodeAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'https://example.com/oauth/callback'
        )
            ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE])
            // Called whenever the client has no token or its token has expired.
            ->oAuthTokenProvider(
                function (?OAuthToken $lastOAuthToken, AuthorizationCodeAuthManager $authManager) use (&$savedToken): OAuthToken {
                    if ($savedToken !== null && !$authManager->isTokenExpired($savedToken)) {
                        return $savedToken;
                    }
                    if ($lastOAuthToken?->getRefreshToken() !== null) {
                        echo "Token expired: refreshing it\n";
                        return $authManager->refreshToken();
                    }
                    // Nothing to refresh: only the user can authorize the app again.
                    throw new RuntimeException('The user must sign in again');
                }
            )
            // Called with every new token the client starts using: persist it here.
            ->oAuthOnTokenUpdate(
                function (OAuthToken $token) use (&$savedToken): void {
                    $savedToken = $token;
                    printf("Saved token %s…\n", substr($token->getAccessToken(), 0, 8));
                }
            )
    )
    ->build();

// The first token comes from the user's consent: exchanging the code triggers the update callback.
// getAuthCodeFromRedirectUri is your code (see "Handle the redirect").
$token = $client->getAuthorizationCodeAuth()->fetchToken(getAuthCodeFromRedirectUri());
$client = $client->toBuilder()
    ->authorizationCodeAuthCredentials($client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token))
    ->build();
$client->getUserController()->getProfile();

// ... an hour later, the token has expired:
$client->getUserController()->getProfile();
