"""The authorization server refused a token request."""

from typing import Dict, Optional

from sdk.exceptions.api_exception import APIException


class OAuthProviderException(APIException):
    """An RFC 6749 section 5.2 error response from the token endpoint: ``error`` is the RFC error
    code (``invalid_grant``, ``invalid_client``, ...), with ``error_description`` and
    ``error_uri`` when the server sent them, and ``response_code`` (400, or 401 for
    ``invalid_client``). It is an :class:`APIException`, so catch it first.

    Example::

        try:
            client.http_ropcg.refresh_token()
        except OAuthProviderException as ex:
            if ex.error == "invalid_grant":
                ...  # the refresh token no longer works: get a new grant

    See https://www.rfc-editor.org/rfc/rfc6749#section-5.2
    """

    code = "OAUTH_PROVIDER_ERROR"

    def __init__(
        self,
        context: str,
        error: str,
        error_description: Optional[str],
        error_uri: Optional[str],
        response_code: int,
        headers: Dict[str, str],
        body: str,
    ) -> None:
        detail = f": {error_description}" if error_description else ""
        super().__init__(
            f"{context} failed with {error} (HTTP {response_code}){detail}",
            response_code,
            headers,
            body,
        )
        self.error = error
        self.error_description = error_description
        self.error_uri = error_uri
