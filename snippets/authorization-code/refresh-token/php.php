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

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock::advance(3600);

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

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
function getAuthCodeFromRedirectUri(SdkClient $client): string
{
    $callbackUrl = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl());
    parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
    return $query['code'];
}
