<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\SdkClientBuilder;

// Configure the client once with its own credentials and the user's username and password.
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

// No token yet: the first call that needs one makes the client fetch it.
$response = $client->getUserController()->getProfile();
printf("Status: %d\n", $response->getStatusCode());
printf("Profile: %s (%s)\n", $response->getResult()->getName(), $response->getResult()->getKind());
