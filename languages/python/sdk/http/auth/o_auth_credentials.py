"""Options every OAuth credentials group shares."""

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, List, Optional, Sequence, TypeVar, Union

from sdk.models.o_auth_scope_enum import OAuthScopeEnum
from sdk.models.o_auth_token import OAuthToken

if TYPE_CHECKING:  # only for the type of the provider callback; avoids an import cycle
    from sdk.http.auth.o_auth_2 import OAuth2

Self = TypeVar("Self", bound="OAuthCredentials")

TokenProvider = Callable[[Optional[OAuthToken], "OAuth2"], OAuthToken]
TokenUpdateCallback = Callable[[OAuthToken], None]


@dataclass(kw_only=True)
class OAuthCredentials:
    """What every grant's credentials group holds.

    - ``o_auth_client_id`` / ``o_auth_client_secret``: issued by the authorization server. The
      secret is only ever sent in the ``Authorization: Basic`` header of token requests.
    - ``o_auth_scopes``: scopes to request; omitted, the server's default (``read`` here).
    - ``o_auth_token``: a token obtained earlier (e.g. loaded from storage), used until it expires.
    - ``o_auth_token_provider(last_token, auth_manager)``: called whenever the token is missing or
      expired; what it returns becomes the current token (instead of the SDK renewing it).
    - ``o_auth_on_token_update(token)``: called with every new token the client starts using.

    ``repr()`` hides the secret and the token. ``clone_with(**changes)`` returns a copy with
    ``changes`` applied.

    See https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
    """

    o_auth_client_id: str
    o_auth_client_secret: str = field(repr=False)
    o_auth_scopes: Optional[Sequence[Union[OAuthScopeEnum, str]]] = None
    o_auth_token: Optional[OAuthToken] = field(default=None, repr=False)
    o_auth_token_provider: Optional[TokenProvider] = field(default=None, repr=False)
    o_auth_on_token_update: Optional[TokenUpdateCallback] = field(default=None, repr=False)

    def clone_with(self: Self, **changes) -> Self:
        """A copy of these credentials with ``changes`` (keyword options) applied.

        Example::

            credentials.clone_with(o_auth_token=token)

        See https://www.rfc-editor.org/rfc/rfc6749#section-7
        """
        return replace(self, **changes)

    def scope_parameter(self) -> Optional[str]:
        """The configured scopes as the space-delimited ``scope`` parameter (RFC 6749 section 3.3)."""
        scopes: List[str] = [str(scope) for scope in self.o_auth_scopes or []]
        return " ".join(scopes) if scopes else None
