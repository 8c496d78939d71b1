<?php

declare(strict_types=1);

namespace Sdk\Exceptions;

/**
 * An endpoint call needs the user's authorization, which the SDK cannot obtain on its own: for the
 * authorization code grant there is no token yet (or it can no longer be refreshed), so send the
 * user to `buildAuthorizationUrl()` first. Thrown before any request is made.
 *
 * @example
 * ```php
 * try {
 *     $client->getUserController()->getProfile();
 * } catch (AuthorizationRequiredException $e) {
 *     header('Location: ' . $client->getAuthorizationCodeAuth()->buildAuthorizationUrl());
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 */
final class AuthorizationRequiredException extends SdkException
{
    public const CODE = 'AUTHORIZATION_REQUIRED';

    public function getSdkCode(): string
    {
        return self::CODE;
    }
}
