<?php

declare(strict_types=1);

namespace Sdk\Authentication;

/**
 * Credentials for the client credentials grant: the client acts on its own behalf.
 *
 * @example
 * ```php
 * $client = SdkClientBuilder::init()
 *     ->clientCredentialsAuthCredentials(
 *         ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret')
 *     )
 *     ->build();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 */
final class ClientCredentialsAuthCredentialsBuilder extends OAuthCredentialsBuilder
{
    /** @throws \Sdk\Exceptions\ConfigurationException when a value is empty */
    public static function init(string $oAuthClientId, #[\SensitiveParameter] string $oAuthClientSecret): self
    {
        return new self($oAuthClientId, $oAuthClientSecret);
    }
}
