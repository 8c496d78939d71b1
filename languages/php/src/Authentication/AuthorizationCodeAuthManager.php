<?php

declare(strict_types=1);

namespace Sdk\Authentication;

use Sdk\Core\HttpContext;
use Sdk\Core\Url;
use Sdk\Exceptions\AuthorizationRequiredException;
use Sdk\Exceptions\ConfigurationException;
use Sdk\Exceptions\StateMismatchException;
use Sdk\Models\OAuthToken;

/**
 * The authorization code grant with PKCE (S256). `buildAuthorizationUrl()` makes the URL to send
 * the user to; `fetchToken($code)` exchanges the code from the redirect for a token. Expired
 * tokens are refreshed with their refresh token; without a token, endpoint calls throw
 * AuthorizationRequiredException before sending anything. Available as
 * `$client->getAuthorizationCodeAuth()`.
 *
 * PKCE verifiers: each `buildAuthorizationUrl($state)` creates a verifier and remembers it under
 * its state (calls without a state share one slot). `fetchToken($code, $state)` uses and forgets
 * the verifier of that state; `fetchToken($code)` uses the most recent one. At most 20 pending
 * requests are remembered, per manager, in memory only: use the same client for both requests.
 *
 * @example
 * ```php
 * $manager = $client->getAuthorizationCodeAuth();
 * $authUrl = $manager->buildAuthorizationUrl('random_state_string');
 * // ...send the user to $authUrl; the redirect brings back ?code=...&state=...
 * $token = $manager->fetchToken($_GET['code'], $_GET['state']);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4
 */
final class AuthorizationCodeAuthManager extends OAuthManager
{
    /** Parameters the SDK sets itself; additional parameters may not replace them. */
    private const RESERVED_PARAMETERS = [
        'response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge',
        'code_challenge_method', 'code_verifier', 'client_secret', 'code', 'grant_type',
        'refresh_token', 'access_token', 'password',
    ];

    /** How many authorization requests may be pending (built, not yet redeemed) at once. */
    private const MAX_PENDING = 20;

    /** Key of the verifier slot for requests built without a state. */
    private const NO_STATE = "\0";

    /** @var array<string, string> PKCE verifiers by state, oldest first */
    private array $verifiers = [];

    /** @internal Created by SdkClient. */
    public function __construct(
        TokenEndpoint $endpoint,
        private readonly AuthorizationCodeAuthCredentialsBuilder $app,
        private readonly HttpContext $http,
    ) {
        parent::__construct($endpoint, $app);
    }

    /**
     * Builds the authorization endpoint URL to send the user to: `response_type=code`, the client
     * id, redirect URI, configured scopes, the optional state and a PKCE S256 challenge. The
     * client secret is never part of it. `$additionalParams` (e.g. `['prompt' => 'consent']`) are
     * appended, but may not replace a parameter the SDK sets.
     *
     * @param array<string, string> $additionalParams
     * @throws ConfigurationException when an additional parameter is reserved or carries the secret
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1
     * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.3
     */
    public function buildAuthorizationUrl(?string $state = null, array $additionalParams = []): string
    {
        $verifier = Pkce::createVerifier();
        $params = array_filter([
            'response_type' => 'code',
            'client_id' => $this->app->getOAuthClientId(),
            'redirect_uri' => $this->app->getOAuthRedirectUri(),
            'scope' => $this->scopeParameter(),
            'state' => $state,
            'code_challenge' => Pkce::s256Challenge($verifier),
            'code_challenge_method' => 'S256',
        ], static fn ($value) => $value !== null);
        foreach ($additionalParams as $name => $value) {
            if (in_array($name, self::RESERVED_PARAMETERS, true)) {
                throw new ConfigurationException(sprintf(
                    'buildAuthorizationUrl: additional parameter "%s" is set by the SDK and cannot be overridden; remove it from $additionalParams',
                    $name,
                ));
            }
            if ((string) $value === $this->app->getOAuthClientSecret()) {
                throw new ConfigurationException(sprintf(
                    'buildAuthorizationUrl: additional parameter "%s" carries the client secret; a secret must never be put in a URL',
                    $name,
                ));
            }
            $params[$name] = (string) $value;
        }
        $key = $state ?? self::NO_STATE;
        unset($this->verifiers[$key]);
        $this->verifiers[$key] = $verifier;
        if (count($this->verifiers) > self::MAX_PENDING) {
            array_shift($this->verifiers);
        }
        // PHP_QUERY_RFC1738: spaces as "+", the form encoding authorization servers expect.
        return Url::join($this->http->authServerUrl, '/oauth2/authorize') . '?' . http_build_query($params);
    }

    /**
     * Exchanges an authorization code for a token (sending the PKCE verifier of the matching
     * `buildAuthorizationUrl` call), makes it the manager's current token and returns it. Pass the
     * state from the redirect to pick the verifier of that request.
     *
     * @throws StateMismatchException when this manager never issued `$state` (or it was used)
     * @throws \Sdk\Exceptions\OAuthProviderException when the server refuses (e.g. invalid_grant)
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3
     * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.5
     */
    public function fetchToken(string $code, ?string $state = null): OAuthToken
    {
        if ($code === '') {
            throw new ConfigurationException(
                'fetchToken($code): the authorization code is empty; pass the "code" query parameter of the redirect'
            );
        }
        if ($state !== null) {
            if (!isset($this->verifiers[$state])) {
                throw new StateMismatchException(
                    'fetchToken($code, $state): this state was not issued by buildAuthorizationUrl() of this client, or was already used; the redirect may be forged'
                );
            }
            $verifier = $this->verifiers[$state];
            unset($this->verifiers[$state]);
        } else {
            $latest = array_key_last($this->verifiers);
            $verifier = $latest === null ? null : $this->verifiers[$latest];
            unset($this->verifiers[$latest]);
        }
        return $this->adopt($this->requestToken(
            [
                'grant_type' => 'authorization_code',
                'code' => $code,
                'redirect_uri' => $this->app->getOAuthRedirectUri(),
                'code_verifier' => $verifier,
            ],
            'Exchanging the authorization code',
        ));
    }

    protected function newGrant(?\Throwable $cause = null): OAuthToken
    {
        $reason = $cause !== null
            ? 'its refresh token was rejected'
            : 'there is no access token (or no refresh token to renew it)';
        throw new AuthorizationRequiredException(sprintf(
            "The authorization code grant needs the user's consent: %s. Send the user to buildAuthorizationUrl(), then call fetchToken(\$code) and pass the token to oAuthToken().",
            $reason,
        ), 0, $cause);
    }
}
