<?php

declare(strict_types=1);

namespace SdkTests\Support;

use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\Http\HttpTransport;
use Sdk\Models\OAuthScopeEnum;
use Sdk\SdkClient;
use Sdk\SdkClientBuilder;

/** Demo clients (the mock server's fixtures) for tests. */
final class Clients
{
    public const REDIRECT_URI = 'https://example.com/oauth/callback';

    public static function clientCredentials(?HttpTransport $transport = null, string $secret = 'OAuthClientSecret'): SdkClient
    {
        return self::builder($transport)
            ->clientCredentialsAuthCredentials(ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', $secret))
            ->build();
    }

    public static function resourceOwner(?HttpTransport $transport = null): SdkClient
    {
        return self::builder($transport)
            ->resourceOwnerAuthCredentials(
                ResourceOwnerAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword')
            )
            ->build();
    }

    public static function authorizationCode(?HttpTransport $transport = null): SdkClient
    {
        return self::builder($transport)
            ->authorizationCodeAuthCredentials(
                AuthorizationCodeAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', self::REDIRECT_URI)
                    ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE])
            )
            ->build();
    }

    private static function builder(?HttpTransport $transport): SdkClientBuilder
    {
        $builder = SdkClientBuilder::init();
        if ($transport !== null) {
            // Fixed URLs, so tests without a server do not depend on SDK_* variables.
            $builder->authServerUrl('https://auth.test')->apiBaseUrl('https://api.test/v1')->httpTransport($transport);
        }
        return $builder;
    }
}
