<?php

require_once __DIR__ . '/vendor/autoload.php';

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

// Exchange the client's own credentials for an access token.
$token = $client->getClientCredentialsAuth()->fetchToken();

// Print only the start of the token: the whole value is a bearer credential.
printf("Access token: %s…\n", substr($token->getAccessToken(), 0, 8));
printf("Expires in: %d s\n", $token->getExpiresIn());
printf("Scopes: %s\n", $token->getScope());

// Build a client that sends this token instead of fetching a new one.
$client = $client->toBuilder()
    ->clientCredentialsAuthCredentials(
        $client->getClientCredentialsAuthCredentialsBuilder()->oAuthToken($token)
    )
    ->build();
