<?php

require_once __DIR__ . '/vendor/autoload.php';

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

// A fresh, unguessable state for each sign-in. Keep it in the user's session: the callback
// must carry the same value, or it answers a request this user never made (RFC 6749, section 10.12).
$state = bin2hex(random_bytes(18));

// prompt=consent asks the server to show the consent screen even if the user approved before.
$authUrl = $client->getAuthorizationCodeAuth()->buildAuthorizationUrl($state, ['prompt' => 'consent']);
printf("State: %s\n", $state);
printf("Authorization URL: %s\n", $authUrl);
