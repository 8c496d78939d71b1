<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Clock;
use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\SdkClientBuilder;

$client = SdkClientBuilder::init()
    ->resourceOwnerAuthCredentials(
        ResourceOwnerAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'OAuthUsername',
            'OAuthPassword'
        )
    )
    ->build();

$token = $client->getResourceOwnerAuth()->fetchToken();
$client = $client->toBuilder()
    ->resourceOwnerAuthCredentials($client->getResourceOwnerAuthCredentialsBuilder()->oAuthToken($token))
    ->build();

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
printf("Expires at: %s\n", gmdate('c', $token->getExpiry()));
printf("Token expired: %s\n", $client->getResourceOwnerAuth()->isTokenExpired() ? 'yes' : 'no');

// Demo only: move the sandbox clock an hour ahead.
Clock::advance(3600);
printf("Token expired: %s\n", $client->getResourceOwnerAuth()->isTokenExpired() ? 'yes' : 'no');
