<?php

declare(strict_types=1);

namespace Sdk\Exceptions;

/**
 * The authorization server refused a token request with an RFC 6749 §5.2 error response:
 * `getError()` is the RFC error code (`invalid_grant`, `invalid_client`, ...), with
 * `getErrorDescription()` and `getErrorUri()` when the server sent them. It extends
 * {@see ApiException}, so `catch (ApiException $e)` also catches token errors.
 *
 * @example
 * ```php
 * try {
 *     $token = $client->getResourceOwnerAuth()->refreshToken();
 * } catch (OAuthProviderException $e) {
 *     if ($e->getError() === 'invalid_grant') {
 *         // the refresh token is no longer valid: get a new grant
 *     }
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
final class OAuthProviderException extends ApiException
{
    public const CODE = 'OAUTH_PROVIDER_ERROR';

    /**
     * @param array<string, string> $headers lower-case names
     */
    public function __construct(
        string $context,
        private readonly string $oauthError,
        int $statusCode,
        array $headers,
        string $body,
        ?string $errorDescription = null,
        private readonly ?string $errorUri = null,
    ) {
        $detail = $errorDescription !== null && $errorDescription !== '' ? ': ' . $errorDescription : '';
        parent::__construct(
            sprintf('%s failed with %s (HTTP %d)%s', $context, $oauthError, $statusCode, $detail),
            $statusCode,
            $headers,
            $body,
            $oauthError,
            $errorDescription,
        );
    }

    /** RFC 6749 §5.2 error code, e.g. `invalid_grant`. */
    public function getError(): string
    {
        return $this->oauthError;
    }

    /** URI of a page about the error (RFC 6749 `error_uri`), if the server sent one. */
    public function getErrorUri(): ?string
    {
        return $this->errorUri;
    }
}
