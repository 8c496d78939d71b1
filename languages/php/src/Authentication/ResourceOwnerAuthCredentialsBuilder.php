<?php

declare(strict_types=1);

namespace Sdk\Authentication;

/**
 * Credentials for the resource owner password credentials grant: the client's own credentials
 * plus the user's username and password.
 *
 * @example
 * ```php
 * $client = SdkClientBuilder::init()
 *     ->resourceOwnerAuthCredentials(
 *         ResourceOwnerAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword')
 *     )
 *     ->build();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
 */
final class ResourceOwnerAuthCredentialsBuilder extends OAuthCredentialsBuilder
{
    protected function __construct(
        string $clientId,
        #[\SensitiveParameter] string $clientSecret,
        private readonly string $username,
        #[\SensitiveParameter] private readonly string $password,
    ) {
        parent::__construct($clientId, $clientSecret);
        self::requireValue('oAuthUsername', $username);
        self::requireValue('oAuthPassword', $password);
    }

    /** @throws \Sdk\Exceptions\ConfigurationException when a value is empty */
    public static function init(
        string $oAuthClientId,
        #[\SensitiveParameter] string $oAuthClientSecret,
        string $oAuthUsername,
        #[\SensitiveParameter] string $oAuthPassword,
    ): self {
        return new self($oAuthClientId, $oAuthClientSecret, $oAuthUsername, $oAuthPassword);
    }

    public function getOAuthUsername(): string
    {
        return $this->username;
    }

    /** The user's password; sent only in the body of password grant requests. */
    public function getOAuthPassword(): string
    {
        return $this->password;
    }
}
