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

// The URL of the authorization server's consent page for this client, redirect URI and scopes.
// The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
// (see "Authorization URL with state").
$authUrl = $client->getAuthorizationCodeAuth()->buildAuthorizationUrl();
printf("Authorization URL: %s\n", $authUrl);

// Redirect the user's browser to $authUrl: after consent, the server sends the user back to
// https://example.com/oauth/callback with a code (see "Handle the redirect").
