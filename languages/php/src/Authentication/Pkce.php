<?php

declare(strict_types=1);

namespace Sdk\Authentication;

/**
 * @internal PKCE helpers (RFC 7636): a random code verifier and its S256 challenge.
 */
final class Pkce
{
    /** 32 random bytes, base64url without padding: 43 characters (RFC 7636 §4.1). */
    public static function createVerifier(): string
    {
        return self::base64Url(random_bytes(32));
    }

    /** BASE64URL(SHA256(verifier)) (RFC 7636 §4.2). */
    public static function s256Challenge(string $verifier): string
    {
        return self::base64Url(hash('sha256', $verifier, true));
    }

    private static function base64Url(string $bytes): string
    {
        return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
    }
}
