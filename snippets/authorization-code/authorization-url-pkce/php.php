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

// 1. Sign-in request: the SDK adds PKCE (RFC 7636) to every authorization URL. It keeps a random
//    code verifier for this state and puts only its SHA-256 hash in the URL (code_challenge, S256).
$state = bin2hex(random_bytes(18));
$authUrl = $client->getAuthorizationCodeAuth()->buildAuthorizationUrl($state);
printf("Authorization URL: %s\n", $authUrl);

// Demo only: the sandbox plays the user's browser and approves the consent screen.
$callbackUrl = Browser::authorize($authUrl);

// 2. Callback request: pass the returned state with the code. The SDK sends the verifier kept for
//    that state, proving the code is redeemed by the client that asked for it. Use the same client
//    instance for both requests: the verifier lives in its memory.
parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
if (($query['state'] ?? null) !== $state) {
    throw new RuntimeException('State mismatch: ignore this callback');
}
$token = $client->getAuthorizationCodeAuth()->fetchToken($query['code'], $query['state']);
printf("Access token: %s…\n", substr($token->getAccessToken(), 0, 8));
