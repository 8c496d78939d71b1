<?php

require_once __DIR__ . '/vendor/autoload.php';

use Sandbox\Browser;
use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Models\OAuthScopeEnum;
use Sdk\Exceptions\ApiException;
use Sdk\Exceptions\OAuthProviderException;
use Sdk\SdkClient;
use Sdk\SdkClientBuilder;

$client = SdkClientBuilder::init()
    ->authorizationCodeAuthCredentials(
        AuthorizationCodeAuthCredentialsBuilder::init(
            'OAuthClientId',
            'OAuthClientSecret',
            'https://example.com/oauth/callback'
        )
            ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE])
    )
    ->build();

// The code from the request to your redirect URI (here a demo helper, below).
$code = getAuthCodeFromRedirectUri($client);
$client->getAuthorizationCodeAuth()->fetchToken($code);

try {
    // The same code a second time, as when the user reloads the callback page. Codes work once:
    // the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
    $client->getAuthorizationCodeAuth()->fetchToken($code);
} catch (OAuthProviderException $e) {
    // The authorization server refused to issue a token (RFC 6749, section 5.2).
    printf("OAuth error: %s\n", $e->getError());
    printf("Description: %s\n", $e->getErrorDescription());
} catch (ApiException $e) {
    // The API itself answered with an error status.
    printf("API error: HTTP %d\n", $e->getStatusCode());
}

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
function getAuthCodeFromRedirectUri(SdkClient $client): string
{
    $callbackUrl = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl());
    parse_str(parse_url($callbackUrl, PHP_URL_QUERY), $query);
    return $query['code'];
}
