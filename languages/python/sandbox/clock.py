"""The sandbox's virtual clock."""

import json
import math
import os

from sandbox.sandbox_error import SandboxError
from sdk.http.transport import HttpRequest, send
from sdk.utilities import clock as sdk_clock


def advance(seconds: float) -> None:
    """Moves time forward by ``seconds`` for the mock server (``POST /__control/clock``) and for
    the SDK (its one "now" function), so token expiry can be shown without waiting.

    Example::

        from sandbox import clock
        clock.advance(3600)  # an hour later: the token has expired

    See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
    """
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds) or seconds < 0:
        raise SandboxError(
            "INVALID_ARGUMENT",
            f"clock.advance(seconds) needs a non-negative number of seconds, got {seconds!r}",
        )
    base = os.environ.get("MOCK_SERVER_URL", "").rstrip("/")
    if not base:
        raise SandboxError(
            "MOCK_SERVER_MISSING",
            "clock.advance needs the mock OAuth server: start it with `npm run mock-server -- "
            "--port 4101` and set MOCK_SERVER_URL=http://127.0.0.1:4101",
        )
    answer = send(
        HttpRequest(
            method="POST",
            url=f"{base}/__control/clock",
            headers={"content-type": "application/json"},
            body=json.dumps({"advanceSeconds": seconds}),
        )
    )
    if not 200 <= answer.status_code <= 299:
        raise SandboxError(
            "UNEXPECTED_RESPONSE",
            f"The mock server refused to move its clock (POST {base}/__control/clock answered "
            f"HTTP {answer.status_code}): {answer.body[:200]}",
            status=answer.status_code,
        )
    sdk_clock.shift(seconds)


def now() -> float:
    """The sandbox's current Unix time in seconds (what the SDK uses)."""
    return sdk_clock.now()


def offset_seconds() -> float:
    """How far the clock has been advanced, in seconds."""
    return sdk_clock.offset_seconds()
