<?php

declare(strict_types=1);

namespace Sdk\Http;

use Sdk\Exceptions\NetworkException;

/**
 * The default transport: PHP's own http:// stream wrapper (file_get_contents with a stream
 * context), so the SDK needs no extension beyond what php-cli ships (not even curl).
 * `ignore_errors` keeps the body of 4xx/5xx answers (the OAuth error JSON lives there) and
 * `follow_location => 0` leaves redirects to the caller.
 *
 * @example
 * ```php
 * $response = (new StreamTransport())->send(new HttpRequest('GET', 'https://api.example.com/v1/items'));
 * echo $response->statusCode;
 * ```
 * @see https://www.php.net/manual/en/context.http.php
 */
final class StreamTransport implements HttpTransport
{
    public function __construct(private readonly float $timeoutSeconds = 10.0)
    {
    }

    public function send(HttpRequest $request): HttpResponse
    {
        $headerLines = ['Connection: close'];
        foreach ($request->headers as $name => $value) {
            $headerLines[] = $name . ': ' . $value;
        }
        $context = stream_context_create([
            'http' => [
                'method' => $request->method,
                'header' => implode("\r\n", $headerLines),
                'content' => $request->body ?? '',
                'ignore_errors' => true,
                'follow_location' => 0,
                'timeout' => $this->timeoutSeconds,
                'protocol_version' => 1.1,
            ],
        ]);
        error_clear_last();
        $body = @file_get_contents($request->url, false, $context);
        // The stream wrapper fills this variable in the calling scope.
        $rawHeaders = $http_response_header ?? [];
        if ($body === false || $rawHeaders === []) {
            $reason = error_get_last()['message'] ?? 'no response';
            throw new NetworkException(sprintf(
                '%s %s got no HTTP response (%s): check that the server is running and that the base URL (SDK_AUTH_SERVER_URL / SDK_API_BASE_URL or the client configuration) is right',
                $request->method,
                self::withoutQuery($request->url),
                preg_replace('/^file_get_contents\([^)]*\): /', '', $reason),
            ));
        }
        [$status, $headers] = self::parseHeaders($rawHeaders);
        return new HttpResponse($status, $headers, $body);
    }

    /**
     * @param list<string> $lines the status line followed by header lines
     * @return array{0: int, 1: array<string, string>}
     */
    private static function parseHeaders(array $lines): array
    {
        $status = 0;
        $headers = [];
        foreach ($lines as $line) {
            if (preg_match('#^HTTP/\S+\s+(\d{3})#', $line, $match) === 1) {
                // A new status line starts a new response (e.g. after 100 Continue).
                $status = (int) $match[1];
                $headers = [];
                continue;
            }
            $colon = strpos($line, ':');
            if ($colon === false) {
                continue;
            }
            $name = strtolower(trim(substr($line, 0, $colon)));
            $value = trim(substr($line, $colon + 1));
            $headers[$name] = isset($headers[$name]) ? $headers[$name] . ', ' . $value : $value;
        }
        return [$status, $headers];
    }

    /** Query strings may carry an authorization code or state: keep them out of messages. */
    private static function withoutQuery(string $url): string
    {
        return explode('?', $url, 2)[0];
    }
}
