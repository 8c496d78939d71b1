"""A callback's state was never issued by this client."""

from sdk.exceptions.sdk_exception import SdkException


class StateMismatchException(SdkException):
    """``fetch_token(code, state=...)`` got a state no ``get_authorization_url(state=...)`` call
    of this auth manager issued (or one already used): the redirect may be forged (CSRF).

    See https://www.rfc-editor.org/rfc/rfc6749#section-10.12
    """

    code = "STATE_MISMATCH"
