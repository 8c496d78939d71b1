<?php

require_once __DIR__ . '/vendor/autoload.php';

// Your code: read the token your app saved earlier (see "Token callbacks").
$storedToken = loadTokenFromDatabase();

// Give the client the saved token: it sends it until it expires, then fetches a new one.
$client = SdkClientBuilder::init()
    ->clientCredentialsAuthCredentials(
        ClientCredentialsAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret'
        )
            ->oAuthToken($storedToken)
    )
    ->build();
printf("Stored token: %s…\n", substr($storedToken->getAccessToken(), 0, 8));
printf("Token expired: %s\n", $client->getClientCredentialsAuth()->isTokenExpired() ? 'yes' : 'no');

$response = $client->getItemsController()->listItems();
printf("Status: %d\n", $response->getStatusCode());
