<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Clock;
use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\SdkClientBuilder;

$client = SdkClientBuilder::init()
    ->clientCredentialsAuthCredentials(
        ClientCredentialsAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret'
        )
    )
    ->build();

$token = $client->getClientCredentialsAuth()->fetchToken();
$client = $client->toBuilder()
    ->clientCredentialsAuthCredentials($client->getClientCredentialsAuthCredentialsBuilder()->oAuthToken($token))
    ->build();

// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
printf("Expires at: %s\n", gmdate('c', $token->getExpiry()));
printf("Token expired: %s\n", $client->getClientCredentialsAuth()->isTokenExpired() ? 'yes' : 'no');

// Demo only: move the sandbox clock an hour ahead.
Clock::advance(3600);
printf("Token expired: %s\n", $client->getClientCredentialsAuth()->isTokenExpired() ? 'yes' : 'no');
