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

Where the browser has no JavaScript Promise Integration (WebKit), ``run_sync`` cannot wait, so the
worker runs the program by replay instead: each answer the program waits for (an HTTP exchange,
a consent decision) that JavaScript has not got yet stops the run (``Replay``, a
``BaseException`` so that ``except Exception`` in the reader's code lets it through); the worker
gets the answer and runs the program again from the start, answering every call up to there
from its record (``runner_host.replay_take``). Runs are the same each time: the worker resets the
code's clock advances, and randomness is seeded the same in every run of one program
(``replay_start``), so a PKCE verifier or a state is the one the recorded answers were made for.
"""

import json
import os
import random

import runner_host  # registered by the worker before this module is imported
from pyodide.ffi import can_run_sync, run_sync

from sandbox import browser, clock
from sdk.http.transport import HttpRequest, HttpResponse, set_transport


class Replay(BaseException):
    """Stops a run that waits for an answer JavaScript has not got yet (no JSPI): see above."""


def _wait(kind: str, arguments: list):
    """The answer to ``runner_host.<kind>(*arguments)``: awaited, or taken from the replay's record."""
    if can_run_sync():
        return run_sync(getattr(runner_host, kind)(*arguments))
    answer = runner_host.replay_take(kind, json.dumps(arguments))
    if answer is None:
        raise Replay(kind)
    return answer


def replay_start(seed: int) -> None:
    """Called by the worker before each run of a program by replay: the same random numbers."""
    generator = random.Random(seed)
    random.seed(seed)
    # secrets, uuid and random.SystemRandom read os.urandom (random binds it as _urandom).
    os.urandom = random._urandom = generator.randbytes


def _fetch(request: HttpRequest) -> HttpResponse:
    answer = _wait(
        "fetch", [request.method, request.url, json.dumps(request.headers), request.body]
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
    return str(_wait("consent", [json.dumps(view)]))


def _advance(seconds: float) -> None:
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
        raise ValueError(f"clock.advance(seconds) needs a non-negative number of seconds, got {seconds!r}")
    runner_host.advance_clock(seconds)


def install() -> None:
    """Routes the SDK's HTTP, consent screens and the sandbox clock through the runner."""
    set_transport(_fetch)
    browser.set_consent_handler(_consent)
    clock.advance = _advance
