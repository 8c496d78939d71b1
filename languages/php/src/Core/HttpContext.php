<?php

declare(strict_types=1);

namespace Sdk\Core;

use Sdk\Http\HttpTransport;

/**
 * @internal What the auth managers and controllers share: the two base URLs and the transport.
 */
final class HttpContext
{
    public function __construct(
        public readonly string $authServerUrl,
        public readonly string $apiBaseUrl,
        public readonly HttpTransport $transport,
    ) {
    }
}
