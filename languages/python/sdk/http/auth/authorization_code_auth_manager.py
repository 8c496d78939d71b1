"""The authorization code grant's auth manager (with PKCE)."""

from collections import OrderedDict
from typing import Dict, Optional
from urllib.parse import urlencode

from sdk.exceptions.authorization_required_exception import AuthorizationRequiredException
from sdk.exceptions.configuration_exception import ConfigurationException
from sdk.exceptions.state_mismatch_exception import StateMismatchException
from sdk.http.auth.authorization_code_auth_credentials import AuthorizationCodeAuthCredentials
from sdk.http.auth.o_auth_2 import OAuth2
from sdk.http.auth.pkce import create_code_verifier, s256_code_challenge
from sdk.models.o_auth_token import OAuthToken

#: Parameters ``get_authorization_url`` sets itself, or that must never be in a URL.
RESERVED_PARAMETERS = frozenset(
    {
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "code_challenge",
        "code_challenge_method",
        "code_verifier",
        "client_secret",
        "code",
        "grant_type",
        "refresh_token",
        "access_token",
        "password",
    }
)

#: How many authorization requests may be pending (built, not yet redeemed) per manager.
MAX_PENDING = 20


class AuthorizationCodeAuthManager(OAuth2):
    """The authorization code grant with PKCE S256 (``client.http_acg``).
    ``get_authorization_url()`` builds the URL to send the user to; ``fetch_token(code)``
    exchanges the code from the redirect. Expired tokens are refreshed; without a token,
    endpoint calls raise ``AuthorizationRequiredException`` before sending anything.

    PKCE verifiers: every ``get_authorization_url(state=...)`` call creates one and remembers it
    under its state (calls without a state share one slot), at most 20, in memory.
    ``fetch_token(code, state=...)`` uses and forgets that state's verifier;
    ``fetch_token(code)`` uses the most recent one. Use the same client for both calls.

    Example::

        auth_url = client.http_acg.get_authorization_url(state="random_state_string")
        # ...the redirect brings back ?code=...&state=...
        token = client.http_acg.fetch_token(code, state="random_state_string")

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.1 and
    https://www.rfc-editor.org/rfc/rfc7636#section-4
    """

    _credentials: AuthorizationCodeAuthCredentials

    def __init__(self, context, credentials: AuthorizationCodeAuthCredentials) -> None:
        super().__init__(context, credentials)
        self._verifiers: "OrderedDict[Optional[str], str]" = OrderedDict()

    def get_authorization_url(
        self, state: Optional[str] = None, additional_params: Optional[Dict[str, str]] = None
    ) -> str:
        """The authorization endpoint URL to send the user to: ``response_type=code``, the client
        id, redirect URI, configured scopes, ``state`` if given and a PKCE S256 challenge (never
        the client secret). ``additional_params`` (e.g. ``{"prompt": "consent"}``) are appended
        but may not replace a parameter the SDK sets (that raises ``ConfigurationException``).

        See https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1 and
        https://www.rfc-editor.org/rfc/rfc7636#section-4.3
        """
        verifier = create_code_verifier()
        params = {
            "response_type": "code",
            "client_id": self._credentials.o_auth_client_id,
            "redirect_uri": self._credentials.o_auth_redirect_uri,
            "scope": self._credentials.scope_parameter(),
            "state": state,
            "code_challenge": s256_code_challenge(verifier),
            "code_challenge_method": "S256",
        }
        query = {name: value for name, value in params.items() if value is not None}
        for name, value in (additional_params or {}).items():
            if name in RESERVED_PARAMETERS:
                raise ConfigurationException(
                    f'get_authorization_url: additional parameter "{name}" is set by the SDK and '
                    "cannot be overridden; remove it from additional_params"
                )
            if str(value) == self._credentials.o_auth_client_secret:
                raise ConfigurationException(
                    f'get_authorization_url: additional parameter "{name}" carries the client '
                    "secret; a secret must never be put in a URL"
                )
            query[name] = str(value)
        self._verifiers.pop(state, None)
        self._verifiers[state] = verifier
        while len(self._verifiers) > MAX_PENDING:
            self._verifiers.popitem(last=False)
        return f"{self._context.auth_url('/oauth2/authorize')}?{urlencode(query)}"

    def fetch_token(self, code: str, state: Optional[str] = None) -> OAuthToken:
        """Exchanges an authorization code for a token, sending the PKCE verifier of the matching
        ``get_authorization_url`` call; makes it current and returns it. A ``state`` this manager
        never issued raises ``StateMismatchException`` without sending anything.

        See https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3 and
        https://www.rfc-editor.org/rfc/rfc7636#section-4.5
        """
        if not code:
            raise ConfigurationException(
                "fetch_token(code): the authorization code is empty; pass the `code` query "
                "parameter of the redirect"
            )
        if state is not None:
            if state not in self._verifiers:
                raise StateMismatchException(
                    "fetch_token(code, state): this state was not issued by "
                    "get_authorization_url() of this client, or was already used; the redirect "
                    "may be forged"
                )
            verifier: Optional[str] = self._verifiers.pop(state)
        elif self._verifiers:
            verifier = self._verifiers.popitem(last=True)[1]
        else:
            verifier = None
        token = self._request_token(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": self._credentials.o_auth_redirect_uri,
                "code_verifier": verifier,
            },
            "Exchanging the authorization code",
        )
        return self._adopt(token)

    def _new_grant(self, cause: Optional[BaseException]) -> OAuthToken:
        reason = (
            "its refresh token was rejected"
            if cause
            else "there is no access token (or no refresh token to renew it)"
        )
        raise AuthorizationRequiredException(
            f"The authorization code grant needs the user's consent: {reason}. Send the user to "
            "get_authorization_url(), then call fetch_token(code) and pass the token as "
            "o_auth_token."
        ) from cause
