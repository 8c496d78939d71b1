"""Glue between the Python reference SDK and the in-page runner's Web Worker (Pyodide).

The worker registers a JavaScript module ``runner_host`` with three functions, and this module
plugs them into the SDK's and the sandbox helper's hooks:

- ``fetch(method, url, headers, body)``: the runner's sandboxed fetch (the mock OAuth server's
  MSW handlers; every exchange shows in the HTTP inspector). Python code is synchronous, so the
  transport waits on the promise with ``run_sync`` (JavaScript Promise Integration).
- ``consent(view)``: shows the consent screen in the page and resolves to "approve" or "deny".
- ``advance_clock(seconds)``: the sandbox clock of the worker, which moves JavaScript's ``Date``:
  the mock server's time and Python's ``time.time()`` (Pyodide reads ``Date.now()``) alike, so
  the SDK's own clock offset stays at zero here.
"""

import json

import runner_host  # registered by the worker before this module is imported
from pyodide.ffi import run_sync

from sandbox import browser, clock
from sdk.http.transport import HttpRequest, HttpResponse, set_transport


def _fetch(request: HttpRequest) -> HttpResponse:
    answer = run_sync(
        runner_host.fetch(request.method, request.url, json.dumps(request.headers), request.body)
    ).to_py()
    return HttpResponse(
        status_code=int(answer["status"]),
        headers={name.lower(): value for name, value in answer["headers"]},
        body=answer["body"],
    )


def _consent(form) -> str:
    state = next((value for name, value in form.fields if name == "state"), None)
    view = {
        "clientId": form.client_id,
        "clientName": form.client_name,
        "scopes": form.scopes,
        "redirectUri": form.redirect_uri,
        **({"state": state} if state else {}),
    }
    return str(run_sync(runner_host.consent(json.dumps(view))))


def _advance(seconds: float) -> None:
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
        raise ValueError(f"clock.advance(seconds) needs a non-negative number of seconds, got {seconds!r}")
    runner_host.advance_clock(seconds)


def install() -> None:
    """Routes the SDK's HTTP, consent screens and the sandbox clock through the runner."""
    set_transport(_fetch)
    browser.set_consent_handler(_consent)
    clock.advance = _advance
