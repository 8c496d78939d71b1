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

// Until the user authorizes the app, calls fail: exchange the code from the redirect first,
// and give the token to the client. getAuthCodeFromRedirectUri is your code (see "Handle the redirect").
$token = $client->getAuthorizationCodeAuth()->fetchToken(getAuthCodeFromRedirectUri());
$client = $client->toBuilder()
    ->authorizationCodeAuthCredentials($client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token))
    ->build();

// The client sends the token in the Authorization header.
$response = $client->getUserController()->getProfile();
printf("Status: %d\n", $response->getStatusCode());
printf("Profile: %s (%s)\n", $response->getResult()->getName(), $response->getResult()->getKind());

// ... an hour later, the token has expired.
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');

// The next call notices and refreshes the token before sending the request.
$response = $client->getUserController()->getProfile();
printf("Status: %d\n", $response->getStatusCode());
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');
