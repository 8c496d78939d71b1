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

$token = $client->getResourceOwnerAuth()->fetchToken();
$client = $client->toBuilder()
    ->resourceOwnerAuthCredentials($client->getResourceOwnerAuthCredentialsBuilder()->oAuthToken($token))
    ->build();

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock::advance(3600);

// The password grant issues a refresh token: use it to get a new access token
// without asking the user for their password again (RFC 6749, section 6).
if ($client->getResourceOwnerAuth()->isTokenExpired()) {
    echo "Token expired: refreshing it\n";
    $token = $client->getResourceOwnerAuth()->refreshToken();
    $client = $client->toBuilder()
        ->resourceOwnerAuthCredentials($client->getResourceOwnerAuthCredentialsBuilder()->oAuthToken($token))
        ->build();
    printf("New access token: %s…\n", substr($token->getAccessToken(), 0, 8));
}
