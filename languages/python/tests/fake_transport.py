"""A transport that answers from a function and records every request (no sockets)."""

import json
import threading
from typing import Callable, List
from urllib.parse import parse_qsl

from sdk.http import transport
from sdk.http.transport import HttpRequest, HttpResponse


def json_response(status: int, body, headers=None) -> HttpResponse:
    return HttpResponse(
        status_code=status,
        headers={"content-type": "application/json", **(headers or {})},
        body=json.dumps(body),
    )


def token_response(access_token="at-1", expires_in=3600, refresh_token=None, scope="read"):
    body = {"access_token": access_token, "token_type": "Bearer", "expires_in": expires_in, "scope": scope}
    if refresh_token:
        body["refresh_token"] = refresh_token
    return json_response(200, body)


class FakeTransport:
    """Install with ``with FakeTransport(handler) as fake:``; ``fake.requests`` lists what was sent."""

    def __init__(self, handler: Callable[[HttpRequest], HttpResponse]) -> None:
        self.handler = handler
        self.requests: List[HttpRequest] = []
        self._lock = threading.Lock()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with self._lock:
            self.requests.append(request)
        return self.handler(request)

    def __enter__(self) -> "FakeTransport":
        transport.set_transport(self)
        return self

    def __exit__(self, *exc) -> None:
        transport.set_transport(None)

    def token_requests(self) -> List[dict]:
        return [dict(parse_qsl(r.body or "")) for r in self.requests if r.url.endswith("/oauth2/token")]
