<?php

declare(strict_types=1);

namespace Sdk\Http;

/**
 * Sends an HTTP request and returns the response, whatever its status. Redirects are not
 * followed. The default is {@see StreamTransport}; pass your own to
 * `SdkClientBuilder::httpTransport()` to log, proxy or fake requests.
 *
 * @example
 * ```php
 * $client = SdkClientBuilder::init()->httpTransport(new class implements HttpTransport {
 *     public function send(HttpRequest $request): HttpResponse
 *     {
 *         error_log($request->method . ' ' . $request->url);
 *         return (new StreamTransport())->send($request);
 *     }
 * })->build();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-3.3
 */
interface HttpTransport
{
    /** @throws \Sdk\Exceptions\NetworkException when no response could be read */
    public function send(HttpRequest $request): HttpResponse;
}
