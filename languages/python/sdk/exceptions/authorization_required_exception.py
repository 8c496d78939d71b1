"""An endpoint call needs the user's consent first."""

from sdk.exceptions.sdk_exception import SdkException


class AuthorizationRequiredException(SdkException):
    """The authorization code grant has no token (or can no longer refresh it): send the user to
    ``client.http_acg.get_authorization_url()``, exchange the code with ``fetch_token(code)`` and
    pass the token as ``o_auth_token``. Raised before any request is sent.

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.1
    """

    code = "AUTHORIZATION_REQUIRED"
