<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Clock;
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

$token = $client->getClientCredentialsAuth()->fetchToken();
$client = $client->toBuilder()
    ->clientCredentialsAuthCredentials($client->getClientCredentialsAuthCredentialsBuilder()->oAuthToken($token))
    ->build();

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock::advance(3600);

// The client credentials grant issues no refresh token (RFC 6749, section 4.4.3):
// when the token expires, fetch a new one with the client's credentials
// (refreshToken() does the same for this grant).
if ($client->getClientCredentialsAuth()->isTokenExpired()) {
    echo "Token expired: fetching a new one\n";
    $token = $client->getClientCredentialsAuth()->fetchToken();
    $client = $client->toBuilder()
        ->clientCredentialsAuthCredentials($client->getClientCredentialsAuthCredentialsBuilder()->oAuthToken($token))
        ->build();
    printf("New access token: %s…\n", substr($token->getAccessToken(), 0, 8));
}
