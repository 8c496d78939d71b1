<?php

declare(strict_types=1);

namespace Sdk\Exceptions;

/**
 * An API call (or a token request whose body was not an OAuth error) answered with a non-2xx
 * status. For RFC 6750 failures, `getError()`, `getErrorDescription()` and `getScope()` come from
 * the `WWW-Authenticate: Bearer` challenge, or failing that from the JSON body.
 *
 * @example
 * ```php
 * try {
 *     $client->getItemsController()->createItem(new CreateItemRequest('Pen'));
 * } catch (ApiException $e) {
 *     printf("HTTP %d: %s\n", $e->getStatusCode(), $e->getError() ?? 'no error code');
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
 */
class ApiException extends SdkException
{
    public const CODE = 'API_ERROR';

    /**
     * @param array<string, string> $headers lower-case names
     */
    public function __construct(
        string $message,
        private readonly int $statusCode,
        private readonly array $headers,
        private readonly string $body,
        private readonly ?string $error = null,
        private readonly ?string $errorDescription = null,
        private readonly ?string $scope = null,
        ?\Throwable $previous = null,
    ) {
        parent::__construct($message, 0, $previous);
    }

    public function getSdkCode(): string
    {
        return static::CODE;
    }

    /** HTTP status code of the response. */
    public function getStatusCode(): int
    {
        return $this->statusCode;
    }

    /** @return array<string, string> response headers, lower-case names */
    public function getHeaders(): array
    {
        return $this->headers;
    }

    /** Raw response body text (possibly not JSON). */
    public function getBody(): string
    {
        return $this->body;
    }

    /** The error code the server sent (RFC 6750 `invalid_token`, `insufficient_scope`, ...), if any. */
    public function getError(): ?string
    {
        return $this->error;
    }

    /** Human-readable explanation sent by the server, if any. */
    public function getErrorDescription(): ?string
    {
        return $this->errorDescription;
    }

    /** Scope the resource requires (RFC 6750 `scope` challenge attribute), if sent. */
    public function getScope(): ?string
    {
        return $this->scope;
    }
}
