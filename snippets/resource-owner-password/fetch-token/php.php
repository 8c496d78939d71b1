<?php

require_once __DIR__ . '/vendor/autoload.php';

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

// Exchange the user's username and password for an access token (and a refresh token).
$token = $client->getResourceOwnerAuth()->fetchToken();

// Print only the start of the token: the whole value is a bearer credential.
printf("Access token: %s…\n", substr($token->getAccessToken(), 0, 8));
printf("Expires in: %d s\n", $token->getExpiresIn());
printf("Scopes: %s\n", $token->getScope());
printf("Refresh token: %s\n", $token->getRefreshToken() !== null ? 'received' : 'none');

// Build a client that sends this token instead of fetching a new one.
$client = $client->toBuilder()
    ->resourceOwnerAuthCredentials(
        $client->getResourceOwnerAuthCredentialsBuilder()->oAuthToken($token)
    )
    ->build();
