<?php

declare(strict_types=1);

namespace Sdk\Exceptions;

/**
 * Base class of every exception the SDK throws on purpose. `getSdkCode()` is a stable string
 * (`API_ERROR`, `OAUTH_PROVIDER_ERROR`, ...) to branch on without parsing messages. Messages never
 * contain the client secret, a password or a token.
 *
 * @example
 * ```php
 * try {
 *     $client->getItemsController()->listItems();
 * } catch (SdkException $e) {
 *     error_log($e->getSdkCode() . ': ' . $e->getMessage());
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
abstract class SdkException extends \RuntimeException
{
    /** Stable machine-readable code; does not change between SDK versions. */
    abstract public function getSdkCode(): string;
}
