"""The auth managers' shared base class, and the three credentials groups.

Import the credentials from here, as the SDK's documentation does::

    from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials, OAuth2
"""

import threading
from typing import Dict, Optional

from sdk.exceptions.o_auth_provider_exception import OAuthProviderException
from sdk.http.auth.authorization_code_auth_credentials import AuthorizationCodeAuthCredentials
from sdk.http.auth.client_credentials_auth_credentials import ClientCredentialsAuthCredentials
from sdk.http.auth.o_auth_credentials import OAuthCredentials
from sdk.http.auth.request_token import request_token
from sdk.http.auth.resource_owner_auth_credentials import ResourceOwnerAuthCredentials
from sdk.http.http_context import HttpContext
from sdk.models.o_auth_token import OAuthToken
from sdk.utilities import clock

__all__ = [
    "AuthorizationCodeAuthCredentials",
    "ClientCredentialsAuthCredentials",
    "OAuth2",
    "ResourceOwnerAuthCredentials",
]


class OAuth2:
    """What the three auth managers (``client.http_ccg``, ``client.http_ropcg``,
    ``client.http_acg``) share: the current token, expiry checks, renewal (refresh token first),
    the token callbacks, and one token request for concurrent callers.

    One token request: while a thread obtains a token for endpoint calls, other threads that
    need one wait for it and then use it, so parallel calls without a token send one request.

    Example::

        auth_manager: OAuth2 = client.http_ropcg
        if auth_manager.is_token_expired():
            token = auth_manager.refresh_token()

    See https://www.rfc-editor.org/rfc/rfc6749#section-1.5
    """

    def __init__(self, context: HttpContext, credentials: OAuthCredentials) -> None:
        self._context = context
        self._credentials = credentials
        self._token: Optional[OAuthToken] = credentials.o_auth_token
        # An access token the API rejected with 401: treated as expired even if its expiry is ahead.
        self._rejected: Optional[str] = None
        self._lock = threading.Lock()

    def fetch_token(self, *args, **kwargs) -> OAuthToken:  # pragma: no cover - each grant's own
        """Gets a new token with this manager's grant; see the subclasses."""
        raise NotImplementedError

    def is_token_expired(self, token: Optional[OAuthToken] = None) -> bool:
        """Whether ``token`` (default: the manager's current token) is expired: its ``expiry``,
        which already includes the clock-skew margin, is now or past. No token at all counts as
        expired; a token without ``expiry`` never expires client-side.

        Example::

            if client.http_ccg.is_token_expired():
                token = client.http_ccg.fetch_token()

        See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
        """
        token = token if token is not None else self._token
        if token is None:
            return True
        return token.expiry is not None and clock.now() >= token.expiry

    def refresh_token(self) -> OAuthToken:
        """Gets a new access token with the current token's refresh token and makes it current
        (the server rotates refresh tokens, so the old one stops working). Without a refresh
        token, the client credentials and password managers fetch a new token with their
        credentials; the authorization code manager raises ``AuthorizationRequiredException``.

        Example::

            token = client.http_ropcg.refresh_token()

        See https://www.rfc-editor.org/rfc/rfc6749#section-6
        """
        refresh_token = self._token.refresh_token if self._token else None
        if not refresh_token:
            return self._new_grant(None)
        return self._refresh_with(refresh_token)

    # -- for subclasses -------------------------------------------------------------------------

    def _request_token(self, params: Dict[str, Optional[str]], description: str) -> OAuthToken:
        return request_token(self._context, self._credentials, params, description)

    def _adopt(self, token: OAuthToken) -> OAuthToken:
        """Makes ``token`` current, calling ``o_auth_on_token_update`` if it is a new token."""
        changed = self._token is None or token.access_token != self._token.access_token
        self._token = token
        if changed:
            self._rejected = None
            if self._credentials.o_auth_on_token_update:
                self._credentials.o_auth_on_token_update(token)
        return token

    def _new_grant(self, cause: Optional[BaseException]) -> OAuthToken:
        """A token without a refresh token: a fresh grant, or a typed error if that needs a user."""
        raise NotImplementedError

    # -- for the controllers --------------------------------------------------------------------

    def _current_token(self) -> OAuthToken:
        """The token endpoint calls use: the current one while usable, else one obtained once for
        every waiting caller (provider callback, else refresh token, else a new grant)."""
        token = self._token
        if self._usable(token):
            return token
        with self._lock:
            token = self._token
            if self._usable(token):  # another caller got one while this one waited
                return token
            return self._obtain()

    def _renew_rejected_token(self, used: OAuthToken) -> OAuthToken:
        """After the API answered 401 for ``used``: mark it unusable and get another."""
        if self._token is not None and self._token.access_token == used.access_token:
            self._rejected = used.access_token
        return self._current_token()

    def _usable(self, token: Optional[OAuthToken]) -> bool:
        return (
            token is not None
            and not self.is_token_expired(token)
            and token.access_token != self._rejected
        )

    def _obtain(self) -> OAuthToken:
        provider = self._credentials.o_auth_token_provider
        if provider:
            return self._adopt(provider(self._token, self))
        refresh_token = self._token.refresh_token if self._token else None
        if not refresh_token:
            return self._new_grant(None)
        try:
            return self._refresh_with(refresh_token)
        except OAuthProviderException as error:
            # A revoked, expired or rotated-away refresh token: start over with a new grant.
            if error.error == "invalid_grant":
                return self._new_grant(error)
            raise

    def _refresh_with(self, refresh_token: str) -> OAuthToken:
        token = self._request_token(
            {"grant_type": "refresh_token", "refresh_token": refresh_token},
            "Refreshing the access token",
        )
        # RFC 6749 section 6: a server that does not rotate keeps the old refresh token valid.
        if not token.refresh_token:
            token.refresh_token = refresh_token
        return self._adopt(token)
