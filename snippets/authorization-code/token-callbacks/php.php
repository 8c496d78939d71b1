<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Browser;
use Sandbox\Clock;
use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Models\OAuthScopeEnum;
use Sdk\Authentication\AuthorizationCodeAuthManager;
use Sdk\Exceptions\AuthorizationRequiredException;
use Sdk\Models\OAuthToken;
use Sdk\SdkClient;
use Sdk\SdkClientBuilder;

// Stands in for your database or cache.
$savedToken = null;

$client = SdkClientBuilder::init()
    ->authorizationCodeAuthCredentials(
        AuthorizationCodeAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'https://example.com/oauth/callback'
        )
            ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE])
            // Called whenever the client has no token or its token has expired.
            ->oAuthTokenProvider(
                function (?OAuthToken $lastOAuthToken, AuthorizationCodeAuthManager $authManager) use (&$savedToken): OAuthToken {
                    if ($savedToken !== null && !$authManager->isTokenExpired($savedToken)) {
                        return $savedToken;
                    }
                    if ($lastOAuthToken?->getRefreshToken() !== null) {
                        echo "Token expired: refreshing it\n";
                        return $authManager->refreshToken();
                    }
                    // Nothing to refresh: only the user can authorize the app again.
                    throw new AuthorizationRequiredException('The user must sign in again');
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

// The first token comes from the user's consent: exchanging the code triggers the update callback.
$token = $client->getAuthorizationCodeAuth()->fetchToken(getAuthCodeFromRedirectUri($client));
$client = $client->toBuilder()
    ->authorizationCodeAuthCredentials($client->getAuthorizationCodeAuthCredentialsBuilder()->oAuthToken($token))
    ->build();
$client->getUserController()->getProfile();

// Demo only: move the sandbox clock an hour ahead so the token expires.
Clock::advance(3600);
$client->getUserController()->getProfile();

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
function getAuthCodeFromRedirectUri(SdkClient $client): string
{
    $callbackUrl = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl());
    parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
    return $query['code'];
}
