<?php

declare(strict_types=1);

namespace Sdk\Authentication;

use Sdk\Core\HttpContext;
use Sdk\Core\Time;
use Sdk\Core\Url;
use Sdk\Exceptions\ApiException;
use Sdk\Exceptions\InvalidResponseException;
use Sdk\Exceptions\OAuthProviderException;
use Sdk\Http\HttpRequest;
use Sdk\Models\OAuthToken;

/**
 * @internal Sends token requests (RFC 6749 §3.2) and turns the answers into tokens or typed
 * exceptions.
 */
final class TokenEndpoint
{
    /**
     * Seconds taken off `expires_in` when computing a token's expiry, to absorb clock skew and
     * latency; capped at half the lifetime so short-lived tokens stay usable.
     */
    public const CLOCK_SKEW_MARGIN_SECONDS = 30;

    public function __construct(private readonly HttpContext $http)
    {
    }

    /**
     * The client authenticates with HTTP Basic, id and secret each form-encoded first
     * (RFC 6749 §2.3.1), so neither ever appears in a URL or in the body.
     *
     * @param array<string, string|null> $params form parameters; null ones are left out
     * @param string $context what the request does, for error messages
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
     */
    public function requestToken(OAuthCredentialsBuilder $credentials, array $params, string $context): OAuthToken
    {
        $basic = base64_encode(
            urlencode($credentials->getOAuthClientId()) . ':' . urlencode($credentials->getOAuthClientSecret())
        );
        $response = $this->http->transport->send(new HttpRequest(
            'POST',
            Url::join($this->http->authServerUrl, '/oauth2/token'),
            [
                'Authorization' => 'Basic ' . $basic,
                'Content-Type' => 'application/x-www-form-urlencoded',
                'Accept' => 'application/json',
            ],
            http_build_query(array_filter($params, static fn ($value) => $value !== null && $value !== '')),
        ));
        $receivedAt = (int) floor(Time::now());
        $json = $response->json();
        $field = static fn (string $name): mixed => is_array($json) ? ($json[$name] ?? null) : null;
        $text = static fn (string $name): ?string => is_string($field($name)) ? $field($name) : null;

        if (!$response->isSuccess()) {
            $error = $text('error');
            if ($error !== null) {
                throw new OAuthProviderException(
                    $context,
                    $error,
                    $response->statusCode,
                    $response->headers,
                    $response->body,
                    $text('error_description'),
                    $text('error_uri'),
                );
            }
            throw new ApiException(
                sprintf('%s failed with HTTP %d and a body that is not an OAuth error response', $context, $response->statusCode),
                $response->statusCode,
                $response->headers,
                $response->body,
            );
        }

        $accessToken = $text('access_token');
        $tokenType = $text('token_type');
        if ($accessToken === null || $accessToken === '' || $tokenType === null) {
            throw new InvalidResponseException(
                sprintf('%s answered HTTP %d without a JSON access_token and token_type (RFC 6749 §5.1)', $context, $response->statusCode),
                $response->statusCode,
                $response->body,
            );
        }
        if (strcasecmp($tokenType, 'bearer') !== 0) {
            throw new InvalidResponseException(
                sprintf('%s issued a token of type "%s"; this SDK only sends Bearer tokens (RFC 6750)', $context, $tokenType),
                $response->statusCode,
                $response->body,
            );
        }
        $expiresIn = is_numeric($field('expires_in')) ? (int) $field('expires_in') : null;
        $expiry = $expiresIn === null
            ? null
            : $receivedAt + $expiresIn - min(self::CLOCK_SKEW_MARGIN_SECONDS, intdiv($expiresIn, 2));
        $refreshToken = $text('refresh_token');
        return new OAuthToken(
            $accessToken,
            'Bearer',
            $expiresIn,
            $expiry,
            $text('scope'),
            $refreshToken === '' ? null : $refreshToken,
        );
    }
}
