"""The resource owner password credentials grant's auth manager."""

from typing import Optional

from sdk.http.auth.o_auth_2 import OAuth2
from sdk.http.auth.resource_owner_auth_credentials import ResourceOwnerAuthCredentials
from sdk.models.o_auth_token import OAuthToken


class ResourceOwnerAuthManager(OAuth2):
    """Tokens with the user's username and password (``client.http_ropcg``). Endpoint calls
    fetch a token on first use; when it expires they refresh it, and fall back to a new password
    grant if the refresh token is rejected with ``invalid_grant``.

    Example::

        token = client.http_ropcg.fetch_token()

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.3
    """

    _credentials: ResourceOwnerAuthCredentials

    def fetch_token(self) -> OAuthToken:
        """Exchanges the configured username and password for a token (with a refresh token),
        makes it the manager's current token and returns it.

        See https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2
        """
        token = self._request_token(
            {
                "grant_type": "password",
                "username": self._credentials.o_auth_username,
                "password": self._credentials.o_auth_password,
                "scope": self._credentials.scope_parameter(),
            },
            "Fetching a token with the password grant",
        )
        return self._adopt(token)

    def _new_grant(self, cause: Optional[BaseException]) -> OAuthToken:
        return self.fetch_token()
