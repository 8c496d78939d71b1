<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Browser;
use Sandbox\Clock;
use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Models\OAuthScopeEnum;
use Sdk\SdkClient;
use Sdk\SdkClientBuilder;

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

// Until the user authorizes the app, calls fail with AuthorizationRequiredException: exchange the
// code from the redirect first, and give the token to the client.
$code = getAuthCodeFromRedirectUri($client);
$token = $client->getAuthorizationCodeAuth()->fetchToken($code);
$client = $client->toBuilder()
    ->authorizationCodeAuthCredentials($client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token))
    ->build();

// The client sends the token in the Authorization header.
$response = $client->getUserController()->getProfile();
printf("Status: %d\n", $response->getStatusCode());
printf("Profile: %s (%s)\n", $response->getResult()->getName(), $response->getResult()->getKind());

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock::advance(3600);
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');

// The next call notices and refreshes the token before sending the request.
$response = $client->getUserController()->getProfile();
printf("Status: %d\n", $response->getStatusCode());
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
function getAuthCodeFromRedirectUri(SdkClient $client): string
{
    $callbackUrl = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl());
    parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
    return $query['code'];
}
