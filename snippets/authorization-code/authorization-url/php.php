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

// The URL of the authorization server's consent page for this client, redirect URI and scopes.
// The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
// (see "Authorization URL with state").
$authUrl = $client->getAuthorizationCodeAuth()->buildAuthorizationUrl();
printf("Authorization URL: %s\n", $authUrl);

// Redirect the user's browser to $authUrl. Demo only: the sandbox plays that browser.
$callbackUrl = Browser::authorize($authUrl);
$callback = parse_url($callbackUrl);
parse_str($callback['query'] ?? '', $query);
printf("Redirected to: %s://%s%s\n", $callback['scheme'], $callback['host'], $callback['path']);
printf("Code received: %s\n", isset($query['code']) ? 'yes' : 'no');
