<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Browser;
use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Models\OAuthScopeEnum;
use Sdk\Models\OAuthToken;
use Sdk\SdkClientBuilder;

// Read the token your app saved earlier (see "Token callbacks").
$storedToken = loadTokenFromDatabase();

// Give the client the saved token: the user need not authorize the app again at every startup.
// The client sends the token until it expires, then refreshes it.
$client = SdkClientBuilder::init()
    ->authorizationCodeAuthCredentials(
        AuthorizationCodeAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'https://example.com/oauth/callback'
        )
            ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE])
            ->oAuthToken($storedToken)
    )
    ->build();
printf("Stored token: %s…\n", substr($storedToken->getAccessToken(), 0, 8));
printf("Token expired: %s\n", $client->getAuthorizationCodeAuth()->isTokenExpired() ? 'yes' : 'no');

$response = $client->getUserController()->getProfile();
printf("Status: %d\n", $response->getStatusCode());
printf("Profile: %s (%s)\n", $response->getResult()->getName(), $response->getResult()->getKind());

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run
// (in which the sandbox played the user's browser and approved the consent screen).
function loadTokenFromDatabase(): OAuthToken
{
    $earlier = SdkClientBuilder::init()
        ->authorizationCodeAuthCredentials(
            AuthorizationCodeAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'https://example.com/oauth/callback')
                ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE])
        )
        ->build();
    $callbackUrl = Browser::authorize($earlier->getAuthorizationCodeAuth()->buildAuthorizationUrl());
    parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
    $token = $earlier->getAuthorizationCodeAuth()->fetchToken($query['code']);
    return OAuthToken::fromJson(json_encode($token));
}
