"""A 2xx answer the SDK cannot use."""

from sdk.exceptions.sdk_exception import SdkException


class InvalidResponseException(SdkException):
    """A server answered 2xx with a body that is not JSON, a token response without
    ``access_token`` / ``token_type``, or a token type other than Bearer.

    See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
    """

    code = "INVALID_RESPONSE"

    def __init__(self, message: str, response_code: int, body: str) -> None:
        super().__init__(message)
        self.response_code = response_code
        self.body = body
