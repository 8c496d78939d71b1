"""One call of the protected API with a Bearer token."""

import json
from typing import Any, Callable, Optional, TypeVar

from sdk.exceptions.api_exception import APIException
from sdk.exceptions.invalid_response_exception import InvalidResponseException
from sdk.http.api_response import ApiResponse
from sdk.http.auth.o_auth_2 import OAuth2
from sdk.http.bearer_challenge import parse_bearer_challenge
from sdk.http.http_context import HttpContext
from sdk.http.transport import HttpRequest, HttpResponse
from sdk.models.o_auth_token import OAuthToken

T = TypeVar("T")


class ApiContext:
    """What a controller needs: the HTTP context, and which auth manager endpoint calls use."""

    def __init__(self, http: HttpContext, auth_manager: Callable[[], OAuth2]) -> None:
        self.http = http
        self.auth_manager = auth_manager


def call_api(
    context: ApiContext,
    method: str,
    path: str,
    read_body: Callable[[Any], T],
    body: Optional[Any] = None,
) -> ApiResponse[T]:
    """Sends the token in the ``Authorization`` header (never in the URL); on a 401 the token is
    renewed and the call retried once. Raises :class:`APIException` for an error status.

    See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    """
    manager = context.auth_manager()
    url = context.http.api_url(path)

    def send(token: OAuthToken) -> HttpResponse:
        headers = {"authorization": f"Bearer {token.access_token}", "accept": "application/json"}
        if body is not None:
            headers["content-type"] = "application/json"
        return context.http.send(
            HttpRequest(
                method=method,
                url=url,
                headers=headers,
                body=None if body is None else json.dumps(body),
            )
        )

    token = manager._current_token()
    response = send(token)
    if response.status_code == 401:
        response = send(manager._renew_rejected_token(token))
    parsed = _json_or_none(response.body)
    if not 200 <= response.status_code <= 299:
        challenge = parse_bearer_challenge(response.headers.get("www-authenticate"))
        error = APIException("", response.status_code, response.headers, response.body, parsed, challenge)
        reason = ": ".join(part for part in (error.error, error.error_description) if part)
        error.message = f"{method} {url} failed with HTTP {response.status_code}" + (
            f" ({reason})" if reason else ""
        )
        error.args = (error.message,)
        raise error
    if parsed is None and response.body != "":
        raise InvalidResponseException(
            f"{method} {url} answered HTTP {response.status_code} with a body that is not JSON",
            response.status_code,
            response.body,
        )
    return ApiResponse(
        status_code=response.status_code,
        headers=response.headers,
        text=response.body,
        body=read_body(parsed if parsed is not None else {}),
    )


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None
