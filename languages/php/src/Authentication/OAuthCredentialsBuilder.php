<?php

declare(strict_types=1);

namespace Sdk\Authentication;

use Sdk\Exceptions\ConfigurationException;
use Sdk\Models\OAuthToken;

/**
 * Options every OAuth credentials group shares: client id and secret, scopes, a token obtained
 * earlier, and the token callbacks. The setters return the builder; `SdkClientBuilder` keeps its
 * own copy, so changing a builder afterwards does not change a built client.
 *
 * @example
 * ```php
 * $credentials = ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret')
 *     ->oAuthScopes([OAuthScopeEnum::READ_SCOPE])
 *     ->oAuthOnTokenUpdate(fn (OAuthToken $token) => saveTokenToDatabase($token));
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
 */
abstract class OAuthCredentialsBuilder
{
    /** @var list<string> */
    private array $scopes = [];
    private ?OAuthToken $token = null;
    private ?\Closure $tokenProvider = null;
    private ?\Closure $onTokenUpdate = null;

    protected function __construct(
        private readonly string $clientId,
        #[\SensitiveParameter] private readonly string $clientSecret,
    )
    {
        self::requireValue('oAuthClientId', $clientId);
        self::requireValue('oAuthClientSecret', $clientSecret);
    }

    /**
     * Scopes to request, e.g. `[OAuthScopeEnum::READ_SCOPE]`. None: the server's default.
     *
     * @param list<string> $scopes
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
     */
    public function oAuthScopes(array $scopes): static
    {
        $this->scopes = array_values(array_map('strval', $scopes));
        return $this;
    }

    /**
     * A token obtained earlier (e.g. loaded from storage): the client sends it until it expires.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
     */
    public function oAuthToken(?OAuthToken $token): static
    {
        $this->token = $token;
        return $this;
    }

    /**
     * Called as `fn (?OAuthToken $lastOAuthToken, <grant>AuthManager $authManager): OAuthToken`
     * whenever the client has no token or its token has expired; what it returns becomes the
     * current token. Without it the SDK renews tokens itself.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-6
     */
    public function oAuthTokenProvider(callable $provider): static
    {
        $this->tokenProvider = \Closure::fromCallable($provider);
        return $this;
    }

    /**
     * Called as `fn (OAuthToken $token): void` with every new token the client starts using
     * (fetched, refreshed or provided): persist it here.
     *
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
     */
    public function oAuthOnTokenUpdate(callable $callback): static
    {
        $this->onTokenUpdate = \Closure::fromCallable($callback);
        return $this;
    }

    public function getOAuthClientId(): string
    {
        return $this->clientId;
    }

    /** The client secret; the SDK sends it only in the Basic header of token requests. */
    public function getOAuthClientSecret(): string
    {
        return $this->clientSecret;
    }

    /** @return list<string> */
    public function getOAuthScopes(): array
    {
        return $this->scopes;
    }

    public function getOAuthToken(): ?OAuthToken
    {
        return $this->token;
    }

    public function getOAuthTokenProvider(): ?\Closure
    {
        return $this->tokenProvider;
    }

    public function getOAuthOnTokenUpdate(): ?\Closure
    {
        return $this->onTokenUpdate;
    }

    /** Keeps the secret, password and tokens out of var_dump() and print_r() output. */
    public function __debugInfo(): array
    {
        $view = [];
        // The array cast sees the subclasses' private fields too (password, redirect URI).
        foreach ((array) $this as $key => $value) {
            $name = substr((string) $key, (int) strrpos((string) $key, "\0"));
            $name = ltrim($name, "\0");
            $view[$name] = preg_match('/secret|password|token$/i', $name) === 1 && $value !== null ? '[redacted]' : $value;
        }
        return $view;
    }

    protected static function requireValue(string $option, #[\SensitiveParameter] string $value): void
    {
        if (trim($value) === '') {
            throw new ConfigurationException(sprintf(
                '%s is empty: pass the value the authorization server issued to %s::init()',
                $option,
                (new \ReflectionClass(static::class))->getShortName(),
            ));
        }
    }
}
