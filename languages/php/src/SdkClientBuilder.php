<?php

declare(strict_types=1);

namespace Sdk;

use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\Http\HttpTransport;

/**
 * Configures and builds an {@see SdkClient}. Give it the credentials of one or more grants; it
 * keeps its own copy of each credentials builder, so later changes to them do not leak in.
 *
 * Base URLs: `authServerUrl()` / `apiBaseUrl()` when set, else the environment variables
 * `SDK_AUTH_SERVER_URL` / `SDK_API_BASE_URL` when set (e.g. to point at `npm run mock-server`),
 * else `https://auth.example.com` and `https://api.example.com/v1`.
 *
 * @example
 * ```php
 * $client = SdkClientBuilder::init()
 *     ->clientCredentialsAuthCredentials(
 *         ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret')
 *     )
 *     ->build();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
 */
final class SdkClientBuilder
{
    public const DEFAULT_AUTH_SERVER_URL = 'https://auth.example.com';
    public const DEFAULT_API_BASE_URL = 'https://api.example.com/v1';

    private ?ClientCredentialsAuthCredentialsBuilder $clientCredentials = null;
    private ?ResourceOwnerAuthCredentialsBuilder $resourceOwner = null;
    private ?AuthorizationCodeAuthCredentialsBuilder $authorizationCode = null;
    private ?string $authServerUrl = null;
    private ?string $apiBaseUrl = null;
    private ?HttpTransport $transport = null;

    private function __construct()
    {
    }

    /** Starts an empty configuration. */
    public static function init(): self
    {
        return new self();
    }

    /** @internal Used by SdkClient::toBuilder(). */
    public static function copyOf(
        ?ClientCredentialsAuthCredentialsBuilder $clientCredentials,
        ?ResourceOwnerAuthCredentialsBuilder $resourceOwner,
        ?AuthorizationCodeAuthCredentialsBuilder $authorizationCode,
        ?string $authServerUrl,
        ?string $apiBaseUrl,
        ?HttpTransport $transport,
    ): self {
        $builder = new self();
        $builder->clientCredentials = $clientCredentials === null ? null : clone $clientCredentials;
        $builder->resourceOwner = $resourceOwner === null ? null : clone $resourceOwner;
        $builder->authorizationCode = $authorizationCode === null ? null : clone $authorizationCode;
        $builder->authServerUrl = $authServerUrl;
        $builder->apiBaseUrl = $apiBaseUrl;
        $builder->transport = $transport;
        return $builder;
    }

    /**
     * The client credentials grant's credentials.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
     */
    public function clientCredentialsAuthCredentials(ClientCredentialsAuthCredentialsBuilder $credentials): self
    {
        $this->clientCredentials = clone $credentials;
        return $this;
    }

    /**
     * The resource owner password credentials grant's credentials.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
     */
    public function resourceOwnerAuthCredentials(ResourceOwnerAuthCredentialsBuilder $credentials): self
    {
        $this->resourceOwner = clone $credentials;
        return $this;
    }

    /**
     * The authorization code grant's credentials.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
     */
    public function authorizationCodeAuthCredentials(AuthorizationCodeAuthCredentialsBuilder $credentials): self
    {
        $this->authorizationCode = clone $credentials;
        return $this;
    }

    /**
     * Base URL of the authorization server (its token endpoint is `<url>/oauth2/token`).
     *
     * @see https://www.rfc-editor.org/rfc/rfc8414#section-2
     */
    public function authServerUrl(string $url): self
    {
        $this->authServerUrl = $url;
        return $this;
    }

    /**
     * Base URL of the protected API.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
     */
    public function apiBaseUrl(string $url): self
    {
        $this->apiBaseUrl = $url;
        return $this;
    }

    /**
     * Sends the SDK's HTTP requests through `$transport` instead of PHP's http:// streams.
     *
     * @see https://www.rfc-editor.org/rfc/rfc9110#section-3.3
     */
    public function httpTransport(HttpTransport $transport): self
    {
        $this->transport = $transport;
        return $this;
    }

    /** Builds the client; the builder can be reused. */
    public function build(): SdkClient
    {
        return new SdkClient(
            $this->clientCredentials === null ? null : clone $this->clientCredentials,
            $this->resourceOwner === null ? null : clone $this->resourceOwner,
            $this->authorizationCode === null ? null : clone $this->authorizationCode,
            $this->authServerUrl,
            $this->apiBaseUrl,
            $this->transport,
        );
    }
}
