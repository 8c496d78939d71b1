<?php

declare(strict_types=1);

namespace Sdk\Models;

/**
 * The scopes the API defines, for `oAuthScopes([...])`. Each constant is the scope's wire value.
 *
 * @example
 * ```php
 * AuthorizationCodeAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'https://example.com/oauth/callback')
 *     ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE]);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
 */
final class OAuthScopeEnum
{
    /** Read your profile and items. */
    public const READ_SCOPE = 'read';

    /** Create and change items. */
    public const WRITE_SCOPE = 'write';

    private function __construct()
    {
    }

    /** @return list<string> every scope */
    public static function all(): array
    {
        return [self::READ_SCOPE, self::WRITE_SCOPE];
    }
}
