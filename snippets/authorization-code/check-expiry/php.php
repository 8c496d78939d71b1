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

// The code from the request to your redirect URI (here a demo helper, below).
$code = getAuthCodeFromRedirectUri($client);
$token = $client->getAuthorizationCodeAuth()->fetchToken($code);
$client = $client->toBuilder()
    ->authorizationCodeAuthCredentials($client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token))
    ->build();

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
printf("Expires at: %s\n", gmdate('c', $token->getExpiry()));
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');

// Demo only: move the sandbox clock an hour ahead.
Clock::advance(3600);
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
function getAuthCodeFromRedirectUri(SdkClient $client): string
{
    $callbackUrl = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl());
    parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
    return $query['code'];
}
