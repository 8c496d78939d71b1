<?php

declare(strict_types=1);

namespace Sdk\Http;

/**
 * A successful API call: status, headers (lower-case names) and the body as a model.
 *
 * @template T
 * @example
 * ```php
 * $response = $client->getUserController()->getProfile();
 * printf("%d %s\n", $response->getStatusCode(), $response->getResult()->getName());
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
final class ApiResponse
{
    /**
     * @param array<string, string> $headers
     * @param T $result
     */
    public function __construct(
        private readonly int $statusCode,
        private readonly array $headers,
        private readonly mixed $result,
    ) {
    }

    /** HTTP status code (2xx). */
    public function getStatusCode(): int
    {
        return $this->statusCode;
    }

    /** @return array<string, string> response headers, lower-case names */
    public function getHeaders(): array
    {
        return $this->headers;
    }

    /** @return T the response body as a model */
    public function getResult(): mixed
    {
        return $this->result;
    }
}
