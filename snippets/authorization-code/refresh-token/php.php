<?php

require_once __DIR__ . '/vendor/autoload.php';

$client = SdkClientBuilder::init()
    ->authorizationCodeAuthCredentials(
        AuthorizationCodeAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'https://example.com/oauth/callback'
        )
            ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE])
    )
    ->build();

// Your code: the code from the request to your redirect URI (see "Handle the redirect").
$authCode = getAuthCodeFromRedirectUri();
$token = $client->getAuthorizationCodeAuth()->fetchToken($authCode);
$client = $client->toBuilder()
    ->authorizationCodeAuthCredentials($client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token))
    ->build();

// ... an hour later, the token has expired.

// The authorization code grant issues a refresh token: use it to get a new access token
// without sending the user through the consent screen again (RFC 6749, section 6).
if ($client->getAuthorizationCodeAuth()->isTokenExpired()) {
    echo "Token expired: refreshing it\n";
    $token = $client->getAuthorizationCodeAuth()->refreshToken();
    $client = $client->toBuilder()
        ->authorizationCodeAuthCredentials($client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token))
        ->build();
    printf("New access token: %s…\n", substr($token->getAccessToken(), 0, 8));
}
