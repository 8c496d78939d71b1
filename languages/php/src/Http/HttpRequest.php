<?php

declare(strict_types=1);

namespace Sdk\Http;

/**
 * One HTTP request as the SDK sends it, handed to an {@see HttpTransport}.
 *
 * @example
 * ```php
 * $request = new HttpRequest('GET', 'https://api.example.com/v1/me', ['Accept' => 'application/json']);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9
 */
final class HttpRequest
{
    /**
     * @param array<string, string> $headers header name => value
     */
    public function __construct(
        public readonly string $method,
        public readonly string $url,
        public readonly array $headers = [],
        public readonly ?string $body = null,
    ) {
    }
}
