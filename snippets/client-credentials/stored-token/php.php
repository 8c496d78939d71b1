<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\Models\OAuthToken;
use Sdk\SdkClientBuilder;

// Read the token your app saved earlier (see "Token callbacks").
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

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
function loadTokenFromDatabase(): OAuthToken
{
    $earlier = SdkClientBuilder::init()
        ->clientCredentialsAuthCredentials(ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret'))
        ->build();
    return OAuthToken::fromJson(json_encode($earlier->getClientCredentialsAuth()->fetchToken()));
}
