"""The SDK client."""

from typing import Optional

from sdk.configuration import Configuration
from sdk.controllers.items_controller import ItemsController
from sdk.controllers.user_controller import UserController
from sdk.exceptions.configuration_exception import ConfigurationException
from sdk.http.auth.authorization_code_auth_credentials import AuthorizationCodeAuthCredentials
from sdk.http.auth.authorization_code_auth_manager import AuthorizationCodeAuthManager
from sdk.http.auth.client_credentials_auth_credentials import ClientCredentialsAuthCredentials
from sdk.http.auth.client_credentials_auth_manager import ClientCredentialsAuthManager
from sdk.http.auth.o_auth_2 import OAuth2
from sdk.http.auth.resource_owner_auth_credentials import ResourceOwnerAuthCredentials
from sdk.http.auth.resource_owner_auth_manager import ResourceOwnerAuthManager
from sdk.http.call_api import ApiContext
from sdk.http.http_context import HttpContext

#: Options each credentials group must set to a non-empty string.
REQUIRED = {
    "client_credentials_auth_credentials": ("o_auth_client_id", "o_auth_client_secret"),
    "resource_owner_auth_credentials": (
        "o_auth_client_id",
        "o_auth_client_secret",
        "o_auth_username",
        "o_auth_password",
    ),
    "authorization_code_auth_credentials": (
        "o_auth_client_id",
        "o_auth_client_secret",
        "o_auth_redirect_uri",
    ),
}


class SdkClient:
    """Holds the configuration, one auth manager per configured credentials group
    (``http_ccg``, ``http_ropcg``, ``http_acg``; ``None`` when not configured) and the API
    controllers. To change the configuration, build a new client from
    ``client.config.clone_with(...)``.

    Example::

        client = SdkClient(
            client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
                o_auth_client_id="OAuthClientId",
                o_auth_client_secret="OAuthClientSecret",
            )
        )
        response = client.items_controller.list_items()

    Raises ``ConfigurationException`` naming the option when a configured group lacks a
    required value.

    See https://www.rfc-editor.org/rfc/rfc6749#section-1.2
    """

    def __init__(
        self,
        config: Optional[Configuration] = None,
        *,
        client_credentials_auth_credentials: Optional[ClientCredentialsAuthCredentials] = None,
        resource_owner_auth_credentials: Optional[ResourceOwnerAuthCredentials] = None,
        authorization_code_auth_credentials: Optional[AuthorizationCodeAuthCredentials] = None,
        auth_server_url: Optional[str] = None,
        api_base_url: Optional[str] = None,
    ) -> None:
        given = {
            "client_credentials_auth_credentials": client_credentials_auth_credentials,
            "resource_owner_auth_credentials": resource_owner_auth_credentials,
            "authorization_code_auth_credentials": authorization_code_auth_credentials,
            "auth_server_url": auth_server_url,
            "api_base_url": api_base_url,
        }
        config = (config or Configuration()).clone_with(
            **{name: value for name, value in given.items() if value is not None}
        )
        for group, options in REQUIRED.items():
            credentials = getattr(config, group)
            if credentials is None:
                continue
            for option in options:
                value = getattr(credentials, option, None)
                if not isinstance(value, str) or value == "":
                    raise ConfigurationException(
                        f"{group}.{option} is missing or empty: set it to the value the "
                        "authorization server issued"
                    )
        self._config = config
        http = HttpContext(
            auth_server_url=config.resolved_auth_server_url(),
            api_base_url=config.resolved_api_base_url(),
            transport=config.transport,
        )
        cc = config.client_credentials_auth_credentials
        ro = config.resource_owner_auth_credentials
        ac = config.authorization_code_auth_credentials
        self._http_ccg = ClientCredentialsAuthManager(http, cc) if cc else None
        self._http_ropcg = ResourceOwnerAuthManager(http, ro) if ro else None
        self._http_acg = AuthorizationCodeAuthManager(http, ac) if ac else None
        context = ApiContext(http, self._endpoint_auth_manager)
        self._user_controller = UserController(context)
        self._items_controller = ItemsController(context)

    @property
    def config(self) -> Configuration:
        """This client's configuration; build a changed client with ``SdkClient(config=client.config.clone_with(...))``."""
        return self._config

    @property
    def http_ccg(self) -> Optional[ClientCredentialsAuthManager]:
        """The client credentials grant's auth manager (https://www.rfc-editor.org/rfc/rfc6749#section-4.4)."""
        return self._http_ccg

    @property
    def http_ropcg(self) -> Optional[ResourceOwnerAuthManager]:
        """The password grant's auth manager (https://www.rfc-editor.org/rfc/rfc6749#section-4.3)."""
        return self._http_ropcg

    @property
    def http_acg(self) -> Optional[AuthorizationCodeAuthManager]:
        """The authorization code grant's auth manager (https://www.rfc-editor.org/rfc/rfc6749#section-4.1)."""
        return self._http_acg

    @property
    def user_controller(self) -> UserController:
        """``GET /me`` (https://www.rfc-editor.org/rfc/rfc6750#section-2.1)."""
        return self._user_controller

    @property
    def items_controller(self) -> ItemsController:
        """``GET /items``, ``POST /items`` (https://www.rfc-editor.org/rfc/rfc6750#section-2.1)."""
        return self._items_controller

    def __repr__(self) -> str:
        return f"SdkClient(config={self._config!r})"

    def _endpoint_auth_manager(self) -> OAuth2:
        manager = self._http_acg or self._http_ropcg or self._http_ccg
        if manager is None:
            raise ConfigurationException(
                "No OAuth credentials configured: pass client_credentials_auth_credentials, "
                "resource_owner_auth_credentials or authorization_code_auth_credentials to "
                "SdkClient(...)"
            )
        return manager
