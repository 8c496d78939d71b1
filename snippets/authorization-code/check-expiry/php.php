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

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
printf("Expires at: %s\n", gmdate('c', $token->getExpiry()));
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');

// ... an hour later:
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');
