<?php

declare(strict_types=1);

namespace Sdk;

use Sdk\Authentication\AuthorizationCodeAuthCredentialsBuilder;
use Sdk\Authentication\AuthorizationCodeAuthManager;
use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\Authentication\ClientCredentialsAuthManager;
use Sdk\Authentication\OAuthManager;
use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\Authentication\ResourceOwnerAuthManager;
use Sdk\Authentication\TokenEndpoint;
use Sdk\Controllers\ItemsController;
use Sdk\Controllers\UserController;
use Sdk\Core\ApiCaller;
use Sdk\Core\HttpContext;
use Sdk\Exceptions\ConfigurationException;
use Sdk\Http\HttpTransport;
use Sdk\Http\StreamTransport;

/**
 * The SDK client: one auth manager per configured grant, and the API controllers. Build it with
 * {@see SdkClientBuilder}; to change its configuration (e.g. to give it a token), build a new one
 * with `toBuilder()`.
 *
 * Which token an endpoint call uses: the first configured grant in the order authorization code,
 * resource owner, client credentials. `var_dump($client)` hides the secret, password and tokens.
 *
 * @example
 * ```php
 * $client = SdkClientBuilder::init()
 *     ->clientCredentialsAuthCredentials(
 *         ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret')
 *     )
 *     ->build();
 * $items = $client->getItemsController()->listItems()->getResult()->getItems();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-1.2
 */
final class SdkClient
{
    private readonly HttpContext $http;
    private readonly ?ClientCredentialsAuthManager $clientCredentialsAuth;
    private readonly ?ResourceOwnerAuthManager $resourceOwnerAuth;
    private readonly ?AuthorizationCodeAuthManager $authorizationCodeAuth;
    private readonly UserController $userController;
    private readonly ItemsController $itemsController;

    /** @internal Use SdkClientBuilder::init()->...->build(). */
    public function __construct(
        private readonly ?ClientCredentialsAuthCredentialsBuilder $clientCredentials,
        private readonly ?ResourceOwnerAuthCredentialsBuilder $resourceOwner,
        private readonly ?AuthorizationCodeAuthCredentialsBuilder $authorizationCode,
        private readonly ?string $authServerUrl,
        private readonly ?string $apiBaseUrl,
        private readonly ?HttpTransport $transport,
    ) {
        $this->http = new HttpContext(
            $authServerUrl ?? self::fromEnvironment('SDK_AUTH_SERVER_URL') ?? SdkClientBuilder::DEFAULT_AUTH_SERVER_URL,
            $apiBaseUrl ?? self::fromEnvironment('SDK_API_BASE_URL') ?? SdkClientBuilder::DEFAULT_API_BASE_URL,
            $transport ?? new StreamTransport(),
        );
        $endpoint = new TokenEndpoint($this->http);
        $this->clientCredentialsAuth = $clientCredentials === null
            ? null
            : new ClientCredentialsAuthManager($endpoint, $clientCredentials);
        $this->resourceOwnerAuth = $resourceOwner === null
            ? null
            : new ResourceOwnerAuthManager($endpoint, $resourceOwner);
        $this->authorizationCodeAuth = $authorizationCode === null
            ? null
            : new AuthorizationCodeAuthManager($endpoint, $authorizationCode, $this->http);
        $api = new ApiCaller($this->http, fn (): OAuthManager => $this->authorizationCodeAuth
            ?? $this->resourceOwnerAuth
            ?? $this->clientCredentialsAuth
            ?? throw new ConfigurationException(
                'No OAuth credentials configured: pass clientCredentialsAuthCredentials(), resourceOwnerAuthCredentials() or authorizationCodeAuthCredentials() to SdkClientBuilder::init()'
            ));
        $this->userController = new UserController($api);
        $this->itemsController = new ItemsController($api);
    }

    /**
     * The client credentials grant's manager.
     *
     * @throws ConfigurationException when clientCredentialsAuthCredentials is not configured
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
     */
    public function getClientCredentialsAuth(): ClientCredentialsAuthManager
    {
        return $this->clientCredentialsAuth ?? throw self::notConfigured('clientCredentialsAuthCredentials', 'ClientCredentialsAuthCredentialsBuilder');
    }

    /**
     * The password grant's manager.
     *
     * @throws ConfigurationException when resourceOwnerAuthCredentials is not configured
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
     */
    public function getResourceOwnerAuth(): ResourceOwnerAuthManager
    {
        return $this->resourceOwnerAuth ?? throw self::notConfigured('resourceOwnerAuthCredentials', 'ResourceOwnerAuthCredentialsBuilder');
    }

    /**
     * The authorization code grant's manager.
     *
     * @throws ConfigurationException when authorizationCodeAuthCredentials is not configured
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
     */
    public function getAuthorizationCodeAuth(): AuthorizationCodeAuthManager
    {
        return $this->authorizationCodeAuth ?? throw self::notConfigured('authorizationCodeAuthCredentials', 'AuthorizationCodeAuthCredentialsBuilder');
    }

    /**
     * A copy of the client credentials configuration, to change and pass to `toBuilder()`.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
     */
    public function getClientCredentialsAuthCredentialsBuilder(): ClientCredentialsAuthCredentialsBuilder
    {
        return clone ($this->clientCredentials ?? throw self::notConfigured('clientCredentialsAuthCredentials', 'ClientCredentialsAuthCredentialsBuilder'));
    }

    /**
     * A copy of the password grant configuration, to change and pass to `toBuilder()`.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
     */
    public function getResourceOwnerAuthCredentialsBuilder(): ResourceOwnerAuthCredentialsBuilder
    {
        return clone ($this->resourceOwner ?? throw self::notConfigured('resourceOwnerAuthCredentials', 'ResourceOwnerAuthCredentialsBuilder'));
    }

    /**
     * A copy of the authorization code configuration, to change and pass to `toBuilder()`.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
     */
    public function getAuthorizationCodeAuthCredentialsBuilder(): AuthorizationCodeAuthCredentialsBuilder
    {
        return clone ($this->authorizationCode ?? throw self::notConfigured('authorizationCodeAuthCredentials', 'AuthorizationCodeAuthCredentialsBuilder'));
    }

    /**
     * A builder holding this client's configuration, to build a changed client. The new client
     * starts from its configuration: tokens this client obtained on its own are not carried over
     * unless you pass them with `oAuthToken()`.
     *
     * @example
     * ```php
     * $token = $client->getResourceOwnerAuth()->fetchToken();
     * $client = $client->toBuilder()
     *     ->resourceOwnerAuthCredentials($client->getResourceOwnerAuthCredentialsBuilder()->oAuthToken($token))
     *     ->build();
     * ```
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-7
     */
    public function toBuilder(): SdkClientBuilder
    {
        return SdkClientBuilder::copyOf(
            $this->clientCredentials,
            $this->resourceOwner,
            $this->authorizationCode,
            $this->authServerUrl,
            $this->apiBaseUrl,
            $this->transport,
        );
    }

    /**
     * `GET /me`.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
     */
    public function getUserController(): UserController
    {
        return $this->userController;
    }

    /**
     * `GET /items`, `POST /items`.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
     */
    public function getItemsController(): ItemsController
    {
        return $this->itemsController;
    }

    /** A redacted view: the credentials builders hide the secret, password and tokens. */
    public function __debugInfo(): array
    {
        return [
            'authServerUrl' => $this->http->authServerUrl,
            'apiBaseUrl' => $this->http->apiBaseUrl,
            'clientCredentialsAuthCredentials' => $this->clientCredentials?->__debugInfo(),
            'resourceOwnerAuthCredentials' => $this->resourceOwner?->__debugInfo(),
            'authorizationCodeAuthCredentials' => $this->authorizationCode?->__debugInfo(),
        ];
    }

    private static function fromEnvironment(string $name): ?string
    {
        $value = getenv($name);
        return $value === false || $value === '' ? null : $value;
    }

    private static function notConfigured(string $option, string $builder): ConfigurationException
    {
        return new ConfigurationException(sprintf(
            '%s is not configured on this client: pass %s::init(...) to SdkClientBuilder::init()->%s(...)',
            $option,
            $builder,
            $option,
        ));
    }
}
