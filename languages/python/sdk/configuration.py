"""Everything an ``SdkClient`` is built from."""

import os
from dataclasses import dataclass, field, replace
from typing import Optional

from sdk.http.auth.authorization_code_auth_credentials import AuthorizationCodeAuthCredentials
from sdk.http.auth.client_credentials_auth_credentials import ClientCredentialsAuthCredentials
from sdk.http.auth.resource_owner_auth_credentials import ResourceOwnerAuthCredentials
from sdk.http.transport import Transport

DEFAULT_AUTH_SERVER_URL = "https://auth.example.com"
DEFAULT_API_BASE_URL = "https://api.example.com/v1"


@dataclass(kw_only=True)
class Configuration:
    """The credentials group(s) of the grant(s) you use, and where the servers are.

    Endpoint calls authenticate with the first configured group in the order authorization code,
    resource owner, client credentials. ``auth_server_url`` / ``api_base_url`` default to the
    environment variables ``SDK_AUTH_SERVER_URL`` / ``SDK_API_BASE_URL`` when set, else to
    ``https://auth.example.com`` / ``https://api.example.com/v1``. ``transport`` sends this
    client's requests (default: the one installed in :mod:`sdk.http.transport`).

    Example::

        client = SdkClient(
            config=client.config.clone_with(
                client_credentials_auth_credentials=client.config.client_credentials_auth_credentials.clone_with(
                    o_auth_token=token
                )
            )
        )

    See https://www.rfc-editor.org/rfc/rfc6749#section-2.3
    """

    client_credentials_auth_credentials: Optional[ClientCredentialsAuthCredentials] = None
    resource_owner_auth_credentials: Optional[ResourceOwnerAuthCredentials] = None
    authorization_code_auth_credentials: Optional[AuthorizationCodeAuthCredentials] = None
    auth_server_url: Optional[str] = None
    api_base_url: Optional[str] = None
    transport: Optional[Transport] = field(default=None, repr=False)

    def clone_with(self, **changes) -> "Configuration":
        """A copy with ``changes`` (keyword options) applied; a credentials group given replaces
        the old one, so build it with the old group's ``clone_with``.

        See https://www.rfc-editor.org/rfc/rfc6749#section-7
        """
        return replace(self, **changes)

    def resolved_auth_server_url(self) -> str:
        """The authorization server URL: configured, else ``SDK_AUTH_SERVER_URL``, else default."""
        return self.auth_server_url or os.environ.get("SDK_AUTH_SERVER_URL") or DEFAULT_AUTH_SERVER_URL

    def resolved_api_base_url(self) -> str:
        """The API base URL: configured, else ``SDK_API_BASE_URL``, else default."""
        return self.api_base_url or os.environ.get("SDK_API_BASE_URL") or DEFAULT_API_BASE_URL
