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

// Demo only: the sandbox plays the user's browser; this run denies consent.
$callbackUrl = Browser::authorize($authUrl);

// 2. Callback request: the redirect carries the state you sent plus either a code or an error.
//    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
if (($query['state'] ?? null) !== $state) {
    echo "State mismatch: ignoring this callback\n";
} elseif (isset($query['error'])) {
    echo "State verified\n";
    printf("Authorization failed: %s\n", $query['error']);
    printf("Description: %s\n", $query['error_description'] ?? '');
} else {
    echo "State verified\n";
    printf("Authorization code: %s…\n", substr($query['code'], 0, 8));
}
