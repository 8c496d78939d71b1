"""``GET /me``."""

from sdk.http.api_response import ApiResponse
from sdk.http.call_api import ApiContext, call_api
from sdk.models.user_profile import UserProfile


class UserController:
    """Who the access token acts for (``client.user_controller``).

    See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    """

    def __init__(self, context: ApiContext) -> None:
        self._context = context

    def get_profile(self) -> ApiResponse[UserProfile]:
        """The profile of the token's subject (``GET /me``, scope ``read``).

        Example::

            response = client.user_controller.get_profile()
            print(f"Hello, {response.body.name}")

        See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
        """
        return call_api(self._context, "GET", "/me", UserProfile.from_dictionary)
