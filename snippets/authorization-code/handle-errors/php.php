<?php

require_once __DIR__ . '/vendor/autoload.php';

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

// Your code: the code from the request to your redirect URI (see "Handle the redirect").
$authCode = getAuthCodeFromRedirectUri();
$client->getAuthorizationCodeAuth()->fetchToken($authCode);

try {
    // The same code a second time, as when the user reloads the callback page. Codes work once:
    // the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
    $client->getAuthorizationCodeAuth()->fetchToken($authCode);
} catch (OAuthProviderException $e) {
    // The authorization server refused to issue a token (RFC 6749, section 5.2).
    printf("OAuth error: %s\n", $e->getError());
    printf("Description: %s\n", $e->getErrorDescription());
} catch (ApiException $e) {
    // The API itself answered with an error status.
    printf("API error: HTTP %d\n", $e->getStatusCode());
}
