<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\Exceptions\ApiException;
use Sdk\Exceptions\OAuthProviderException;
use Sdk\SdkClientBuilder;

$client = SdkClientBuilder::init()
    ->resourceOwnerAuthCredentials(
        ResourceOwnerAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'OAuthUsername',
            // A password the server rejects, so the token request fails.
            'wrong-password'
        )
    )
    ->build();

try {
    $client->getItemsController()->listItems();
} catch (OAuthProviderException $e) {
    // The authorization server refused to issue a token (RFC 6749, section 5.2).
    printf("OAuth error: %s\n", $e->getError());
    printf("Description: %s\n", $e->getErrorDescription());
} catch (ApiException $e) {
    // The API itself answered with an error status.
    printf("API error: HTTP %d\n", $e->getStatusCode());
}
