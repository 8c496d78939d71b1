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

// Exchange the authorization code for an access token (and a refresh token).
$token = $client->getAuthorizationCodeAuth()->fetchToken($authCode);

// Print only the start of the token: the whole value is a bearer credential.
printf("Access token: %s…\n", substr($token->getAccessToken(), 0, 8));
printf("Expires in: %d s\n", $token->getExpiresIn());
printf("Scopes: %s\n", $token->getScope());
printf("Refresh token: %s\n", $token->getRefreshToken() !== null ? 'received' : 'none');

// Build a client that sends this token on its API calls.
$client = $client->toBuilder()
    ->authorizationCodeAuthCredentials(
        $client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token)
    )
    ->build();
