<?php

declare(strict_types=1);

/*
 * Glue between the PHP sandbox helper and the in-page runner's Web Worker (php-wasm). The SDK's
 * HTTP needs none: php-wasm answers PHP's http(s):// stream wrapper with the worker's fetch, which
 * the worker routes to the mock OAuth server. This file plugs the worker's two other services into
 * the sandbox helper's hooks, and describes an uncaught error for the Output:
 *
 * - consent: Browser::authorize shows the consent screen in the page and waits for the reader
 *   (instead of reading SANDBOX_CONSENT);
 * - the clock: Clock::advance moves the worker's one clock, which the mock server and PHP's own
 *   time (php-wasm reads JavaScript's Date) both follow, so the SDK's own offset stays at zero.
 */

namespace RunnerHost;

use Sandbox\Browser;
use Sandbox\Clock;
use Sandbox\ConsentForm;

/**
 * @param object $host the worker's `{consent(view: string): Promise<string>, advanceClock(seconds: number): void}`,
 *   reached through php-wasm's Vrzno bridge
 */
function install(object $host): void
{
    Browser::setConsentHandler(static function (ConsentForm $form) use ($host): string {
        $state = null;
        foreach ($form->fields as [$name, $value]) {
            if ($name === 'state') {
                $state = $value;
            }
        }
        $view = [
            'clientId' => $form->data['client-id'] ?? '',
            'clientName' => $form->data['client-name'] ?? '',
            'scopes' => array_values(array_filter(explode(' ', $form->data['scope'] ?? ''))),
            'redirectUri' => $form->data['redirect-uri'] ?? '',
        ];
        if ($state !== null && $state !== '') {
            $view['state'] = $state;
        }
        // vrzno_await suspends PHP (Asyncify) until the reader answers in the page.
        return (string) vrzno_await($host->consent(json_encode($view, JSON_THROW_ON_ERROR)));
    });
    Clock::setAdvanceHandler(static function (int $seconds) use ($host): void {
        $host->advanceClock($seconds);
    });
}

/**
 * Shows warnings, notices and deprecations as PHP's CLI does with `display_errors=stderr` (what
 * the native harness runs with): on standard error, which the Output shows as error lines. PHP's
 * embed SAPI would print them on standard output instead. `$path` is shown as `$fileName`.
 */
function showWarnings(string $path, string $fileName): void
{
    set_error_handler(static function (int $level, string $message, string $file, int $line) use ($path, $fileName): bool {
        // Silenced with @ (or below error_reporting): handled, not shown, as PHP would.
        if ((error_reporting() & $level) === 0) {
            return true;
        }
        $label = match ($level) {
            E_WARNING, E_USER_WARNING => 'Warning',
            E_NOTICE, E_USER_NOTICE => 'Notice',
            E_DEPRECATED, E_USER_DEPRECATED => 'Deprecated',
            default => 'Error',
        };
        $where = $file === $path ? $fileName : $file;
        file_put_contents('php://stderr', sprintf("PHP %s:  %s in %s on line %d\n", $label, $message, $where, $line));
        return true;
    });
}

/**
 * An uncaught error of the reader's code, as data for the worker (languages/php/runtime/
 * describePhpError.ts): class, message, where, the SDK's code and the OAuth error when it has
 * them, and the call stack.
 *
 * @return array<string, mixed>
 */
function describe(\Throwable $error): array
{
    $view = [
        'class' => get_class($error),
        'message' => $error->getMessage(),
        'file' => $error->getFile(),
        'line' => $error->getLine(),
        'trace' => array_map(
            static fn (array $frame): array => [
                'file' => $frame['file'] ?? null,
                'line' => $frame['line'] ?? null,
                'call' => ($frame['class'] ?? '') . ($frame['type'] ?? '') . $frame['function'],
            ],
            $error->getTrace(),
        ),
    ];
    if (method_exists($error, 'getSdkCode')) {
        $view['code'] = (string) $error->getSdkCode();
    } elseif (method_exists($error, 'getSandboxCode')) {
        $view['code'] = (string) $error->getSandboxCode();
    }
    if (method_exists($error, 'getError') && is_string($error->getError())) {
        $view['oauthError'] = $error->getError();
    }
    if (method_exists($error, 'getStatusCode') && is_int($error->getStatusCode())) {
        $view['status'] = $error->getStatusCode();
    }
    return $view;
}

/** Where exitWith records the status (the worker reads it: php-wasm does not hand it over). */
const EXIT_FILE = '/runner/exit.json';

/**
 * `exit` and `die` of the reader's code (the worker routes them here, languages/php/runtime/
 * routeExits.ts): records the status the run ends with, then exits as PHP would. An int is the
 * status; anything else is printed, and the status is 0.
 */
function exitWith(mixed $status = 0): never
{
    file_put_contents(EXIT_FILE, json_encode(is_int($status) ? $status : 0));
    exit(is_int($status) ? $status : (string) $status);
}
