<?php

declare(strict_types=1);

namespace Sdk\Core;

use Sdk\Authentication\OAuthManager;
use Sdk\Exceptions\ApiException;
use Sdk\Exceptions\InvalidResponseException;
use Sdk\Http\HttpRequest;
use Sdk\Http\HttpResponse;
use Sdk\Models\OAuthToken;

/**
 * @internal Calls the protected API with a Bearer token in the Authorization header (RFC 6750
 * §2.1, never in the URL). On a 401 the token is renewed and the call retried once.
 */
final class ApiCaller
{
    /** @param \Closure(): OAuthManager $authManager throws ConfigurationException without credentials */
    public function __construct(private readonly HttpContext $http, private readonly \Closure $authManager)
    {
    }

    /**
     * @return array{0: HttpResponse, 1: mixed} the response and its JSON body
     * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
     */
    public function call(string $method, string $path, mixed $body = null): array
    {
        $manager = ($this->authManager)();
        $url = Url::join($this->http->apiBaseUrl, $path);
        $send = function (OAuthToken $token) use ($method, $url, $body): HttpResponse {
            $headers = ['Authorization' => 'Bearer ' . $token->getAccessToken(), 'Accept' => 'application/json'];
            if ($body !== null) {
                $headers['Content-Type'] = 'application/json';
            }
            return $this->http->transport->send(new HttpRequest(
                $method,
                $url,
                $headers,
                $body === null ? null : json_encode($body, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES),
            ));
        };

        $token = $manager->currentToken();
        $response = $send($token);
        if ($response->statusCode === 401) {
            $response = $send($manager->renewRejectedToken($token));
        }
        $json = $response->json();
        if (!$response->isSuccess()) {
            $challenge = self::parseBearerChallenge($response->headers['www-authenticate'] ?? '');
            $error = $challenge['error'] ?? (is_array($json) && is_string($json['error'] ?? null) ? $json['error'] : null);
            $description = $challenge['error_description']
                ?? (is_array($json) && is_string($json['error_description'] ?? null) ? $json['error_description'] : null);
            $reason = implode(': ', array_filter([$error, $description]));
            throw new ApiException(
                sprintf('%s %s failed with HTTP %d%s', $method, $url, $response->statusCode, $reason === '' ? '' : " ($reason)"),
                $response->statusCode,
                $response->headers,
                $response->body,
                $error,
                $description,
                $challenge['scope'] ?? null,
            );
        }
        if ($json === null && $response->body !== '') {
            throw new InvalidResponseException(
                sprintf('%s %s answered HTTP %d with a body that is not JSON', $method, $url, $response->statusCode),
                $response->statusCode,
                $response->body,
            );
        }
        return [$response, $json];
    }

    /**
     * The attributes of a `WWW-Authenticate: Bearer k="v", ...` challenge.
     *
     * @return array<string, string>
     * @see https://www.rfc-editor.org/rfc/rfc6750#section-3
     */
    public static function parseBearerChallenge(string $header): array
    {
        if (preg_match('/^\s*Bearer\b(.*)$/is', $header, $match) !== 1) {
            return [];
        }
        preg_match_all('/([A-Za-z_]+)="((?:[^"\\\\]|\\\\.)*)"/', $match[1], $pairs, PREG_SET_ORDER);
        $attributes = [];
        foreach ($pairs as [, $name, $value]) {
            $attributes[strtolower($name)] = stripslashes($value);
        }
        return $attributes;
    }
}
