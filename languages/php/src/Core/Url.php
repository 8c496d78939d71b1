<?php

declare(strict_types=1);

namespace Sdk\Core;

/** @internal URL helpers. */
final class Url
{
    /** Joins a base URL and a path with exactly one slash between them. */
    public static function join(string $base, string $path): string
    {
        return rtrim($base, '/') . '/' . ltrim($path, '/');
    }
}
