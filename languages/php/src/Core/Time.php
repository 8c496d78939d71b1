<?php

declare(strict_types=1);

namespace Sdk\Core;

/**
 * The one place the SDK reads "now". Token expiry is computed and checked against it, so the
 * sandbox clock (Sandbox\Clock::advance) can move the SDK's time together with the mock server's.
 *
 * @internal Not part of the SDK's public API.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1 (expires_in is relative to receipt time)
 */
final class Time
{
    private static float $offsetSeconds = 0.0;

    /** Unix time in seconds (with microseconds), plus the sandbox offset. */
    public static function now(): float
    {
        return microtime(true) + self::$offsetSeconds;
    }

    /** Moves the SDK's clock ahead (sandbox only). */
    public static function advance(float $seconds): void
    {
        self::$offsetSeconds += $seconds;
    }

    /** Puts the SDK's clock back to real time (tests only). */
    public static function reset(): void
    {
        self::$offsetSeconds = 0.0;
    }
}
