"""The client credentials grant's auth manager."""

from typing import Optional

from sdk.http.auth.o_auth_2 import OAuth2
from sdk.models.o_auth_token import OAuthToken


class ClientCredentialsAuthManager(OAuth2):
    """Tokens for the client acting on its own behalf (``client.http_ccg``). Endpoint calls
    fetch a token on first use and a new one when it expires: this grant issues no refresh
    token, so ``refresh_token()`` fetches a new one too.

    Example::

        token = client.http_ccg.fetch_token()

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.4
    """

    def fetch_token(self) -> OAuthToken:
        """Requests a token with the client's credentials (and configured scopes), makes it the
        manager's current token and returns it.

        See https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2
        """
        token = self._request_token(
            {"grant_type": "client_credentials", "scope": self._credentials.scope_parameter()},
            "Fetching a token with the client credentials grant",
        )
        return self._adopt(token)

    def _new_grant(self, cause: Optional[BaseException]) -> OAuthToken:
        return self.fetch_token()
