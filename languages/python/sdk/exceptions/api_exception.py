"""An HTTP answer with an error status."""

from typing import Any, Dict, Optional

from sdk.exceptions.sdk_exception import SdkException


class APIException(SdkException):
    """The API (or the token endpoint, with a body that is not an OAuth error) answered a non-2xx
    status. ``response_code`` is the HTTP status, ``body`` the raw text, ``result`` the parsed JSON
    (or ``None``). For RFC 6750 failures ``error``, ``error_description`` and ``scope`` come from
    the ``WWW-Authenticate: Bearer`` challenge, else from the JSON body.

    Example::

        try:
            client.items_controller.list_items()
        except APIException as ex:
            print(ex.response_code, ex.error)

    See https://www.rfc-editor.org/rfc/rfc6750#section-3.1
    """

    code = "API_ERROR"

    def __init__(
        self,
        reason: str,
        response_code: int,
        headers: Optional[Dict[str, str]] = None,
        body: str = "",
        result: Any = None,
        challenge: Optional[Dict[str, str]] = None,
    ) -> None:
        super().__init__(reason)
        self.response_code = response_code
        self.headers = headers or {}
        self.body = body
        self.result = result
        from_body = result if isinstance(result, dict) else {}
        challenge = challenge or {}
        self.error: Optional[str] = challenge.get("error") or _text(from_body.get("error"))
        self.error_description: Optional[str] = challenge.get("error_description") or _text(
            from_body.get("error_description")
        )
        self.scope: Optional[str] = challenge.get("scope")


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) else None
