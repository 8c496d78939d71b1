<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\SdkClientBuilder;

// Configure the client once with the credentials the authorization server issued.
$client = SdkClientBuilder::init()
    ->clientCredentialsAuthCredentials(
        ClientCredentialsAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret'
        )
    )
    ->build();

// No token yet: the first call that needs one makes the client fetch it.
$response = $client->getUserController()->getProfile();
printf("Status: %d\n", $response->getStatusCode());
printf("Profile: %s (%s)\n", $response->getResult()->getName(), $response->getResult()->getKind());
