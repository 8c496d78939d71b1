<?php

declare(strict_types=1);

namespace Sdk\Authentication;

/**
 * Credentials for the authorization code grant: the client's credentials, the redirect URI
 * registered for it, and (with `oAuthScopes`) the scopes to ask the user for.
 *
 * @example
 * ```php
 * $client = SdkClientBuilder::init()
 *     ->authorizationCodeAuthCredentials(
 *         AuthorizationCodeAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'https://example.com/oauth/callback')
 *             ->oAuthScopes([OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE])
 *     )
 *     ->build();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 */
final class AuthorizationCodeAuthCredentialsBuilder extends OAuthCredentialsBuilder
{
    protected function __construct(string $clientId, #[\SensitiveParameter] string $clientSecret, private readonly string $redirectUri)
    {
        parent::__construct($clientId, $clientSecret);
        self::requireValue('oAuthRedirectUri', $redirectUri);
    }

    /** @throws \Sdk\Exceptions\ConfigurationException when a value is empty */
    public static function init(string $oAuthClientId, #[\SensitiveParameter] string $oAuthClientSecret, string $oAuthRedirectUri): self
    {
        return new self($oAuthClientId, $oAuthClientSecret, $oAuthRedirectUri);
    }

    /** The redirect URI registered for the client (RFC 6749 §3.1.2). */
    public function getOAuthRedirectUri(): string
    {
        return $this->redirectUri;
    }
}
