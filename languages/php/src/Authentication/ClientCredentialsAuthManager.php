<?php

declare(strict_types=1);

namespace Sdk\Authentication;

use Sdk\Models\OAuthToken;

/**
 * Gets tokens with the client credentials grant: the client acts on its own behalf. Endpoint
 * calls fetch a token on first use and a new one when it expires (this grant issues no refresh
 * token). Available as `$client->getClientCredentialsAuth()`.
 *
 * @example
 * ```php
 * $token = $client->getClientCredentialsAuth()->fetchToken();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 */
final class ClientCredentialsAuthManager extends OAuthManager
{
    /**
     * Requests a new access token with the client's credentials (and the configured scopes),
     * makes it the manager's current token and returns it.
     *
     * @throws \Sdk\Exceptions\OAuthProviderException when the server refuses (e.g. invalid_client)
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2
     */
    public function fetchToken(): OAuthToken
    {
        return $this->adopt($this->requestToken(
            ['grant_type' => 'client_credentials', 'scope' => $this->scopeParameter()],
            'Fetching a token with the client credentials grant',
        ));
    }

    protected function newGrant(?\Throwable $cause = null): OAuthToken
    {
        return $this->fetchToken();
    }
}
