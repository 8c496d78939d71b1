<?php

declare(strict_types=1);

namespace Sdk\Authentication;

use Sdk\Models\OAuthToken;

/**
 * Gets tokens with the resource owner password credentials grant. Endpoint calls fetch a token
 * on first use; when it expires they use its refresh token, and fall back to a new password
 * grant if the refresh token is rejected with invalid_grant. Available as
 * `$client->getResourceOwnerAuth()`.
 *
 * @example
 * ```php
 * $token = $client->getResourceOwnerAuth()->fetchToken();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
 */
final class ResourceOwnerAuthManager extends OAuthManager
{
    /** @internal Created by SdkClient. */
    public function __construct(TokenEndpoint $endpoint, private readonly ResourceOwnerAuthCredentialsBuilder $owner)
    {
        parent::__construct($endpoint, $owner);
    }

    /**
     * Exchanges the configured username and password for an access token (with a refresh
     * token), makes it the manager's current token and returns it.
     *
     * @throws \Sdk\Exceptions\OAuthProviderException when the server refuses (e.g. invalid_grant)
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2
     */
    public function fetchToken(): OAuthToken
    {
        return $this->adopt($this->requestToken(
            [
                'grant_type' => 'password',
                'username' => $this->owner->getOAuthUsername(),
                'password' => $this->owner->getOAuthPassword(),
                'scope' => $this->scopeParameter(),
            ],
            'Fetching a token with the password grant',
        ));
    }

    protected function newGrant(?\Throwable $cause = null): OAuthToken
    {
        return $this->fetchToken();
    }
}
