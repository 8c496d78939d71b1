<?php

declare(strict_types=1);

namespace Sdk\Exceptions;

/**
 * A server answered 2xx with a body the SDK cannot use: not JSON, or a token response without
 * `access_token` / `token_type`, or a token type other than Bearer.
 *
 * @example
 * ```php
 * try {
 *     $client->getClientCredentialsAuth()->fetchToken();
 * } catch (InvalidResponseException $e) {
 *     error_log($e->getBody());
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
final class InvalidResponseException extends SdkException
{
    public const CODE = 'INVALID_RESPONSE';

    public function __construct(string $message, private readonly int $statusCode, private readonly string $body)
    {
        parent::__construct($message);
    }

    public function getSdkCode(): string
    {
        return self::CODE;
    }

    public function getStatusCode(): int
    {
        return $this->statusCode;
    }

    public function getBody(): string
    {
        return $this->body;
    }
}
