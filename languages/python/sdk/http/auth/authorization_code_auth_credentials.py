"""Credentials of the authorization code grant."""

from dataclasses import dataclass

from sdk.http.auth.o_auth_credentials import OAuthCredentials


@dataclass(kw_only=True)
class AuthorizationCodeAuthCredentials(OAuthCredentials):
    """The client's id and secret plus the redirect URI registered for it (matched exactly).

    Example::

        AuthorizationCodeAuthCredentials(
            o_auth_client_id="OAuthClientId",
            o_auth_client_secret="OAuthClientSecret",
            o_auth_redirect_uri="https://example.com/oauth/callback",
            o_auth_scopes=[OAuthScopeEnum.READ_SCOPE, OAuthScopeEnum.WRITE_SCOPE],
        )

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.1
    """

    o_auth_redirect_uri: str
