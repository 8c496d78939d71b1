<?php

require_once __DIR__ . '/vendor/autoload.php';

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

// ... an hour later:
printf("Token expired: %s\n", $client->getClientCredentialsAuth()->isTokenExpired() ? 'yes' : 'no');
