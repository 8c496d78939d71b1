<?php

declare(strict_types=1);

namespace Sandbox;

/**
 * What the sandbox helper throws. `getSandboxCode()` says what went wrong:
 * `CONSENT_DECISION_MISSING`, `AUTHORIZATION_ERROR_PAGE`, `UNEXPECTED_RESPONSE`,
 * `MOCK_SERVER_MISSING` or `INVALID_ARGUMENT`.
 *
 * @example
 * ```php
 * try {
 *     Browser::authorize($authUrl);
 * } catch (SandboxException $e) {
 *     echo $e->getSandboxCode(), ': ', $e->getMessage(), "\n";
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
 */
final class SandboxException extends \RuntimeException
{
    public const CONSENT_DECISION_MISSING = 'CONSENT_DECISION_MISSING';
    public const AUTHORIZATION_ERROR_PAGE = 'AUTHORIZATION_ERROR_PAGE';
    public const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE';
    public const MOCK_SERVER_MISSING = 'MOCK_SERVER_MISSING';
    public const INVALID_ARGUMENT = 'INVALID_ARGUMENT';

    public function __construct(private readonly string $sandboxCode, string $message, private readonly ?int $status = null)
    {
        parent::__construct($message);
    }

    public function getSandboxCode(): string
    {
        return $this->sandboxCode;
    }

    /** HTTP status of the response that caused the error, if any. */
    public function getStatus(): ?int
    {
        return $this->status;
    }
}
