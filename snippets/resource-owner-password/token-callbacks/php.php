<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Clock;
use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\Authentication\ResourceOwnerAuthManager;
use Sdk\Models\OAuthToken;
use Sdk\SdkClientBuilder;

// Stands in for your database or cache.
$savedToken = null;

$client = SdkClientBuilder::init()
    ->resourceOwnerAuthCredentials(
        ResourceOwnerAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'OAuthUsername',
            'OAuthPassword'
        )
            // Called whenever the client has no token or its token has expired.
            ->oAuthTokenProvider(
                function (?OAuthToken $lastOAuthToken, ResourceOwnerAuthManager $authManager) use (&$savedToken): OAuthToken {
                    if ($savedToken !== null && !$authManager->isTokenExpired($savedToken)) {
                        return $savedToken;
                    }
                    if ($lastOAuthToken?->getRefreshToken() !== null) {
                        echo "Token expired: refreshing it\n";
                        return $authManager->refreshToken();
                    }
                    echo "No token yet: fetching one\n";
                    return $authManager->fetchToken();
                }
            )
            // Called with every new token the client starts using: persist it here.
            ->oAuthOnTokenUpdate(
                function (OAuthToken $token) use (&$savedToken): void {
                    $savedToken = $token;
                    printf("Saved token %s…\n", substr($token->getAccessToken(), 0, 8));
                }
            )
    )
    ->build();

$client->getUserController()->getProfile();

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock::advance(3600);
$client->getUserController()->getProfile();
