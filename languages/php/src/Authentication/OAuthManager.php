<?php

declare(strict_types=1);

namespace Sdk\Authentication;

use Sdk\Core\Time;
use Sdk\Exceptions\OAuthProviderException;
use Sdk\Models\OAuthToken;

/**
 * What the three auth managers share: the current token, expiry checks, renewal (refresh token
 * first) and the token callbacks. PHP runs one request at a time per process, so there are no
 * concurrent callers to merge into one token request.
 *
 * @example
 * ```php
 * $manager = $client->getResourceOwnerAuth();
 * if ($manager->isTokenExpired()) {
 *     $token = $manager->refreshToken();
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-1.5
 */
abstract class OAuthManager
{
    private ?OAuthToken $token;
    /** Access token the API rejected with 401: treated as expired even if its expiry is ahead. */
    private ?string $rejected = null;

    /** @internal Created by SdkClient. */
    public function __construct(
        private readonly TokenEndpoint $endpoint,
        private readonly OAuthCredentialsBuilder $credentials,
    ) {
        $this->token = $credentials->getOAuthToken();
    }

    /**
     * Whether a token is expired: its expiry (which already includes the clock-skew margin) is now
     * or in the past. Without an argument, checks the manager's current token; no token at all
     * counts as expired. A token without an expiry never expires on the client's side.
     *
     * @example
     * ```php
     * if ($client->getResourceOwnerAuth()->isTokenExpired($savedToken)) {
     *     $savedToken = $client->getResourceOwnerAuth()->refreshToken();
     * }
     * ```
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
     */
    public function isTokenExpired(?OAuthToken $token = null): bool
    {
        $token = func_num_args() === 0 ? $this->token : $token;
        if ($token === null) {
            return true;
        }
        return $token->getExpiry() !== null && Time::now() >= $token->getExpiry();
    }

    /**
     * Gets a new access token with the refresh token of the current token and makes it current.
     * The server rotates refresh tokens, so the old one stops working. Without a refresh token,
     * the client credentials and password managers fetch a new token with their credentials; the
     * authorization code manager throws AuthorizationRequiredException.
     *
     * @throws \Sdk\Exceptions\OAuthProviderException when the server refuses (e.g. invalid_grant)
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-6
     */
    public function refreshToken(): OAuthToken
    {
        $refreshToken = $this->token?->getRefreshToken();
        return $refreshToken === null ? $this->newGrant() : $this->refreshWith($refreshToken);
    }

    /**
     * @internal The token endpoint calls should use: the current one if still valid, otherwise a
     * new one (token provider if configured, else refresh token, else a new grant).
     */
    public function currentToken(): OAuthToken
    {
        $token = $this->token;
        if ($token !== null && !$this->isTokenExpired($token) && $token->getAccessToken() !== $this->rejected) {
            return $token;
        }
        return $this->obtain();
    }

    /** @internal After the API answered 401 for `$used`: mark it unusable and get another. */
    public function renewRejectedToken(OAuthToken $used): OAuthToken
    {
        if ($this->token?->getAccessToken() === $used->getAccessToken()) {
            $this->rejected = $used->getAccessToken();
        }
        return $this->currentToken();
    }

    /**
     * Sends a token request with this manager's client credentials.
     *
     * @param array<string, string|null> $params
     */
    protected function requestToken(array $params, string $context): OAuthToken
    {
        return $this->endpoint->requestToken($this->credentials, $params, $context);
    }

    /** The configured scopes as the space-delimited `scope` parameter, or null. */
    protected function scopeParameter(): ?string
    {
        $scopes = $this->credentials->getOAuthScopes();
        return $scopes === [] ? null : implode(' ', $scopes);
    }

    /** Makes `$token` current, calling oAuthOnTokenUpdate when it is a different token. */
    protected function adopt(OAuthToken $token): OAuthToken
    {
        $changed = $token->getAccessToken() !== $this->token?->getAccessToken();
        $this->token = $token;
        if ($changed) {
            $this->rejected = null;
            $callback = $this->credentials->getOAuthOnTokenUpdate();
            if ($callback !== null) {
                $callback($token);
            }
        }
        return $token;
    }

    /**
     * Gets a token without a refresh token: a fresh grant, or a typed exception if that needs a
     * user. `$cause` is the refresh failure that led here, if any.
     */
    abstract protected function newGrant(?\Throwable $cause = null): OAuthToken;

    private function refreshWith(string $refreshToken): OAuthToken
    {
        $token = $this->requestToken(
            ['grant_type' => 'refresh_token', 'refresh_token' => $refreshToken],
            'Refreshing the access token',
        );
        // RFC 6749 §6: a server that does not rotate keeps the old refresh token valid.
        if ($token->getRefreshToken() === null) {
            $token = $token->withRefreshToken($refreshToken);
        }
        return $this->adopt($token);
    }

    private function obtain(): OAuthToken
    {
        $provider = $this->credentials->getOAuthTokenProvider();
        if ($provider !== null) {
            $token = $provider($this->token, $this);
            if (!$token instanceof OAuthToken) {
                throw new \Sdk\Exceptions\ConfigurationException(sprintf(
                    'oAuthTokenProvider returned %s; it must return an OAuthToken (e.g. $authManager->fetchToken())',
                    get_debug_type($token),
                ));
            }
            return $this->adopt($token);
        }
        $refreshToken = $this->token?->getRefreshToken();
        if ($refreshToken === null) {
            return $this->newGrant();
        }
        try {
            return $this->refreshWith($refreshToken);
        } catch (OAuthProviderException $e) {
            // A revoked, expired or rotated-away refresh token: start over with a new grant.
            if ($e->getError() === 'invalid_grant') {
                return $this->newGrant($e);
            }
            throw $e;
        }
    }
}
