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

// The client gets a token with the password grant before the first call and sends it in the Authorization header.
$response = $client->getItemsController()->listItems();
printf("Status: %d\n", $response->getStatusCode());
printf("Items: %d\n", count($response->getResult()->getItems()));

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock::advance(3600);
printf("Token expired: %s\n", $client->getResourceOwnerAuth()->isTokenExpired() ? 'yes' : 'no');

// The next call notices and refreshes the token before sending the request.
$response = $client->getItemsController()->listItems();
printf("Status: %d\n", $response->getStatusCode());
printf("Token expired: %s\n", $client->getResourceOwnerAuth()->isTokenExpired() ? 'yes' : 'no');
