<?php

declare(strict_types=1);

namespace Sandbox;

use Sdk\Core\Time;
use Sdk\Http\HttpRequest;
use Sdk\Http\StreamTransport;

/**
 * The sandbox clock: moves time forward for the mock OAuth server and for the SDK together, so a
 * snippet can show what happens "an hour later" without waiting an hour.
 *
 * @example
 * ```php
 * Clock::advance(3600);
 * var_dump($client->getClientCredentialsAuth()->isTokenExpired()); // bool(true)
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
final class Clock
{
    /** @var (\Closure(int): void)|null */
    private static ?\Closure $advanceHandler = null;

    private function __construct()
    {
    }

    /**
     * @internal For the in-page runner (languages/php/runtime/): what moves the clock instead
     * of the mock server's `/__control/clock` and the SDK's offset (there, one clock moves the mock
     * server and PHP's own time together). Null goes back to the mock server.
     *
     * @param (callable(int): void)|null $handler
     */
    public static function setAdvanceHandler(?callable $handler): void
    {
        self::$advanceHandler = $handler === null ? null : \Closure::fromCallable($handler);
    }

    /**
     * Moves the clock `$seconds` ahead: POSTs `{"advanceSeconds": n}` to the mock server's
     * `/__control/clock` (found through MOCK_SERVER_URL), then shifts the SDK's "now" by as much.
     *
     * @throws SandboxException MOCK_SERVER_MISSING when MOCK_SERVER_URL is unset;
     *   UNEXPECTED_RESPONSE when the server refuses
     */
    public static function advance(int $seconds): void
    {
        if (self::$advanceHandler !== null) {
            if ($seconds < 0) {
                throw new SandboxException(
                    SandboxException::INVALID_ARGUMENT,
                    sprintf('Clock::advance($seconds) needs a non-negative number of seconds, got %d', $seconds),
                );
            }
            (self::$advanceHandler)($seconds);
            return;
        }
        $server = getenv('MOCK_SERVER_URL');
        if ($server === false || $server === '') {
            throw new SandboxException(
                SandboxException::MOCK_SERVER_MISSING,
                'Clock::advance needs the mock server: start `npm run mock-server` and export MOCK_SERVER_URL (e.g. http://127.0.0.1:4010) before running the snippet',
            );
        }
        $response = (new StreamTransport())->send(new HttpRequest(
            'POST',
            rtrim($server, '/') . '/__control/clock',
            ['Content-Type' => 'application/json', 'Accept' => 'application/json'],
            json_encode(['advanceSeconds' => $seconds], JSON_THROW_ON_ERROR),
        ));
        if (!$response->isSuccess()) {
            throw new SandboxException(
                SandboxException::UNEXPECTED_RESPONSE,
                sprintf('The mock server refused to move its clock (HTTP %d): %s', $response->statusCode, $response->body),
                $response->statusCode,
            );
        }
        Time::advance($seconds);
    }
}
