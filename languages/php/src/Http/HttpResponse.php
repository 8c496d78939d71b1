<?php

declare(strict_types=1);

namespace Sdk\Http;

/**
 * One HTTP response, read fully: status, headers (lower-case names) and body text.
 *
 * @example
 * ```php
 * $response = new HttpResponse(200, ['content-type' => 'application/json'], '{"items":[]}');
 * $data = $response->json();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
final class HttpResponse
{
    /**
     * @param array<string, string> $headers lower-case header name => value
     */
    public function __construct(
        public readonly int $statusCode,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }

    /** The body decoded as JSON (objects as arrays), or null when it is empty or not JSON. */
    public function json(): mixed
    {
        if ($this->body === '') {
            return null;
        }
        try {
            return json_decode($this->body, true, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            return null;
        }
    }

    public function isSuccess(): bool
    {
        return $this->statusCode >= 200 && $this->statusCode <= 299;
    }
}
