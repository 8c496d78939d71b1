<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\Models\OAuthToken;
use Sdk\SdkClientBuilder;

// Read the token your app saved earlier (see "Token callbacks").
$storedToken = loadTokenFromDatabase();

// Give the client the saved token: it sends it until it expires, then refreshes it.
$client = SdkClientBuilder::init()
    ->resourceOwnerAuthCredentials(
        ResourceOwnerAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'OAuthUsername',
            'OAuthPassword'
        )
            ->oAuthToken($storedToken)
    )
    ->build();
printf("Stored token: %s…\n", substr($storedToken->getAccessToken(), 0, 8));
printf("Token expired: %s\n", $client->getResourceOwnerAuth()->isTokenExpired() ? 'yes' : 'no');

$response = $client->getUserController()->getProfile();
printf("Status: %d\n", $response->getStatusCode());
printf("Profile: %s (%s)\n", $response->getResult()->getName(), $response->getResult()->getKind());

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
function loadTokenFromDatabase(): OAuthToken
{
    $earlier = SdkClientBuilder::init()
        ->resourceOwnerAuthCredentials(
            ResourceOwnerAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword')
        )
        ->build();
    return OAuthToken::fromJson(json_encode($earlier->getResourceOwnerAuth()->fetchToken()));
}
