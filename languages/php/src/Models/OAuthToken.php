<?php

declare(strict_types=1);

namespace Sdk\Models;

use Sdk\Exceptions\ConfigurationException;

/**
 * An access token as the SDK keeps it. Immutable and JSON-serialisable (`json_encode($token)`,
 * then `OAuthToken::fromJson()`), so it can be stored and passed back later with `oAuthToken()`.
 * The JSON uses the same keys as the TypeScript SDK (`accessToken`, `expiry`, ...).
 *
 * `getExpiry()` is a Unix time in seconds computed when the token response was received:
 * receipt time + `expires_in` − margin, where the margin (30 s, or half the lifetime for tokens
 * shorter than a minute) absorbs clock skew and latency, so the SDK renews a token before the
 * server rejects it.
 *
 * @example
 * ```php
 * $token = $client->getClientCredentialsAuth()->fetchToken();
 * file_put_contents('token.json', json_encode($token));
 * $again = OAuthToken::fromJson(file_get_contents('token.json'));
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
final class OAuthToken implements \JsonSerializable
{
    public function __construct(
        private readonly string $accessToken,
        private readonly string $tokenType = 'Bearer',
        private readonly ?int $expiresIn = null,
        private readonly ?int $expiry = null,
        private readonly ?string $scope = null,
        private readonly ?string $refreshToken = null,
    ) {
    }

    /** The access token (RFC 6749 `access_token`). Treat it as a secret. */
    public function getAccessToken(): string
    {
        return $this->accessToken;
    }

    /** Token type (`Bearer`). */
    public function getTokenType(): string
    {
        return $this->tokenType;
    }

    /** Lifetime in seconds as the server sent it (`expires_in`), if it sent one. */
    public function getExpiresIn(): ?int
    {
        return $this->expiresIn;
    }

    /** Unix time (seconds) from which the SDK treats the token as expired; null = never. */
    public function getExpiry(): ?int
    {
        return $this->expiry;
    }

    /** Space-delimited scopes the token was granted (`scope`), if the server said. */
    public function getScope(): ?string
    {
        return $this->scope;
    }

    /** Refresh token, when the grant issued one. Treat it as a secret. */
    public function getRefreshToken(): ?string
    {
        return $this->refreshToken;
    }

    /** A copy with another refresh token (used when a refresh answer carries none). */
    public function withRefreshToken(?string $refreshToken): self
    {
        return new self($this->accessToken, $this->tokenType, $this->expiresIn, $this->expiry, $this->scope, $refreshToken);
    }

    /** @return array<string, string|int> */
    public function jsonSerialize(): array
    {
        return array_filter([
            'accessToken' => $this->accessToken,
            'tokenType' => $this->tokenType,
            'expiresIn' => $this->expiresIn,
            'expiry' => $this->expiry,
            'scope' => $this->scope,
            'refreshToken' => $this->refreshToken,
        ], static fn ($value) => $value !== null);
    }

    /**
     * Reads a token saved with `json_encode($token)`.
     *
     * @throws ConfigurationException when the text is not such a token
     */
    public static function fromJson(string $json): self
    {
        try {
            $data = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw new ConfigurationException('OAuthToken::fromJson: the text is not JSON (' . $e->getMessage() . '); pass what json_encode($token) produced');
        }
        if (!is_array($data) || !is_string($data['accessToken'] ?? null) || $data['accessToken'] === '') {
            throw new ConfigurationException('OAuthToken::fromJson: the JSON has no "accessToken" string; pass what json_encode($token) produced');
        }
        $int = static fn (string $key): ?int => is_int($data[$key] ?? null) ? $data[$key] : null;
        $string = static fn (string $key): ?string => is_string($data[$key] ?? null) ? $data[$key] : null;
        return new self(
            $data['accessToken'],
            $string('tokenType') ?? 'Bearer',
            $int('expiresIn'),
            $int('expiry'),
            $string('scope'),
            $string('refreshToken'),
        );
    }

    /** Keeps the token values out of var_dump() and print_r() output. */
    public function __debugInfo(): array
    {
        return [
            'accessToken' => '[redacted]',
            'tokenType' => $this->tokenType,
            'expiresIn' => $this->expiresIn,
            'expiry' => $this->expiry,
            'scope' => $this->scope,
            'refreshToken' => $this->refreshToken === null ? null : '[redacted]',
        ];
    }
}
