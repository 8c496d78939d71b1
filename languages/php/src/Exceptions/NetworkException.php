<?php

declare(strict_types=1);

namespace Sdk\Exceptions;

/**
 * No HTTP response could be read: the server is down, the base URL is wrong, or the request timed
 * out. The message names the method and URL (without its query string).
 *
 * @example
 * ```php
 * try {
 *     $client->getItemsController()->listItems();
 * } catch (NetworkException $e) {
 *     // retry later
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-3.3
 */
final class NetworkException extends SdkException
{
    public const CODE = 'NETWORK_ERROR';

    public function getSdkCode(): string
    {
        return self::CODE;
    }
}
