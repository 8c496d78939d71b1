"""The one door every HTTP request of the SDK and of the sandbox helper goes through.

A transport is a function ``(HttpRequest) -> HttpResponse``. The default one uses
``urllib.request`` (imported only when a request is sent, so importing the SDK works where
``urllib`` has no sockets, e.g. Pyodide). It never follows redirects: the SDK has no use for
them, and the sandbox browser must see the authorization server's 302 itself.

Install another transport (e.g. one that calls JavaScript ``fetch`` under Pyodide, or one that
logs) with :func:`set_transport`::

    from sdk.http.transport import HttpResponse, set_transport

    def fake(request):
        return HttpResponse(status_code=200, headers={}, body='{"items": []}')

    set_transport(fake)

See https://www.rfc-editor.org/rfc/rfc9110#section-15.4 (redirects are answers, not detours).
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, Optional

DEFAULT_TIMEOUT_SECONDS = 10.0


@dataclass
class HttpRequest:
    """An HTTP request as the SDK builds it. ``headers`` names are lower-case."""

    method: str
    url: str
    headers: Dict[str, str] = field(default_factory=dict)
    body: Optional[str] = None


@dataclass
class HttpResponse:
    """An HTTP response read in full. ``headers`` names are lower-case; ``body`` is text."""

    status_code: int
    headers: Dict[str, str]
    body: str


Transport = Callable[[HttpRequest], HttpResponse]


def urllib_transport(request: HttpRequest) -> HttpResponse:
    """Sends ``request`` with ``urllib.request``, without following redirects."""
    # Imported here, not at module load: Pyodide has urllib but no sockets to use it with.
    import urllib.error
    import urllib.request

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D401
            return None  # urllib then raises HTTPError carrying the 3xx answer

    opener = urllib.request.build_opener(_NoRedirect)
    data = request.body.encode("utf-8") if request.body is not None else None
    prepared = urllib.request.Request(
        request.url, data=data, headers=dict(request.headers), method=request.method
    )
    try:
        with opener.open(prepared, timeout=DEFAULT_TIMEOUT_SECONDS) as answer:
            return _read(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as answer:  # non-2xx (and 3xx): still an answer to return
        return _read(answer.code, answer.headers, answer.read())


def _read(status: int, headers, raw: bytes) -> HttpResponse:
    lowered = {name.lower(): value for name, value in headers.items()}
    return HttpResponse(status_code=status, headers=lowered, body=raw.decode("utf-8", "replace"))


_transport: Transport = urllib_transport


def set_transport(transport: Optional[Transport]) -> None:
    """Installs ``transport`` for every later request; ``None`` restores the urllib one."""
    global _transport
    _transport = transport or urllib_transport


def get_transport() -> Transport:
    """The transport requests currently go through."""
    return _transport


def send(request: HttpRequest) -> HttpResponse:
    """Sends ``request`` through the installed transport (looked up per call)."""
    return _transport(request)
