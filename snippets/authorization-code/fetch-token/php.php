<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Browser;
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

// Exchange the authorization code for an access token (and a refresh token).
$token = $client->getAuthorizationCodeAuth()->fetchToken($code);

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

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
function getAuthCodeFromRedirectUri(SdkClient $client): string
{
    $callbackUrl = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl());
    parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
    return $query['code'];
}
