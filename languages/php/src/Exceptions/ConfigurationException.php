<?php

declare(strict_types=1);

namespace Sdk\Exceptions;

/**
 * The client was configured or called incorrectly (a missing credential, a reserved authorization
 * parameter, a grant that is not configured). The message names what to fix.
 *
 * @example
 * ```php
 * try {
 *     ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', '');
 * } catch (ConfigurationException $e) {
 *     echo $e->getMessage();
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
 */
final class ConfigurationException extends SdkException
{
    public const CODE = 'CONFIGURATION_ERROR';

    public function getSdkCode(): string
    {
        return self::CODE;
    }
}
