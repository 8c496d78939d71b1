<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Browser;
use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Models\OAuthScopeEnum;
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

// 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
$state = bin2hex(random_bytes(18));
$authUrl = $client->getAuthorizationCodeAuth()->buildAuthorizationUrl($state);

// Demo only: the sandbox plays the user's browser and approves the consent screen.
$callbackUrl = Browser::authorize($authUrl);

// 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
//    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
if (($query['state'] ?? null) !== $state) {
    throw new RuntimeException('State mismatch: ignore this callback');
}
$token = $client->getAuthorizationCodeAuth()->fetchToken($query['code'], $state);
printf("Access token: %s…\n", substr($token->getAccessToken(), 0, 8));
printf("Scopes: %s\n", $token->getScope());

// Re-initialize the client with the token: its API calls now act for the user.
$client = $client->toBuilder()
    ->authorizationCodeAuthCredentials($client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token))
    ->build();
$response = $client->getUserController()->getProfile();
printf("Signed in as: %s\n", $response->getResult()->getName());
