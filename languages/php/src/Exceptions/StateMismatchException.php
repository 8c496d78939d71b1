<?php

declare(strict_types=1);

namespace Sdk\Exceptions;

/**
 * `fetchToken($code, $state)` got a state that no `buildAuthorizationUrl($state)` call of this
 * manager issued, or that was already used: the redirect may be forged (CSRF).
 *
 * @example
 * ```php
 * try {
 *     $client->getAuthorizationCodeAuth()->fetchToken($code, $stateFromCallback);
 * } catch (StateMismatchException $e) {
 *     // ignore the forged callback
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-10.12
 */
final class StateMismatchException extends SdkException
{
    public const CODE = 'STATE_MISMATCH';

    public function getSdkCode(): string
    {
        return self::CODE;
    }
}
