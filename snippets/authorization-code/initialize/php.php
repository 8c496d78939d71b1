<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Models\OAuthScopeEnum;
use Sdk\SdkClientBuilder;

// Configure the client once: its credentials, the redirect URI registered for it,
// and the scopes to ask the user for.
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

// No token yet: the user must authorize the app first. Send them to this URL.
$authUrl = $client->getAuthorizationCodeAuth()->buildAuthorizationUrl();
printf("Authorization URL: %s\n", $authUrl);
