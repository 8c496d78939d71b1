"""The sandbox's stand-in for the user's browser."""

import os
from typing import Callable, Optional
from urllib.parse import urlencode, urljoin

from sandbox.consent_page import ConsentForm, parse_consent_form, parse_error_page
from sandbox.sandbox_error import SandboxError
from sdk.http.transport import HttpRequest, HttpResponse, send

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

ConsentHandler = Callable[[ConsentForm], str]
_consent_handler: Optional[ConsentHandler] = None


def set_consent_handler(handler: Optional[ConsentHandler]) -> None:
    """Host hook (tests, not snippets): who answers consent screens, instead of the
    ``SANDBOX_CONSENT`` environment variable. ``handler(form)`` returns "approve" or "deny"."""
    global _consent_handler
    _consent_handler = handler


def authorize(url: str) -> str:
    """Opens the authorization URL like the user's browser, answers the consent screen with
    ``SANDBOX_CONSENT`` (``approve`` or ``deny``), submits the form and returns where the server
    redirected: the redirect URI with ``code`` and ``state``, or with ``error`` (e.g.
    ``access_denied``). An error redirect without a consent screen is returned as is.

    Raises :class:`SandboxError` with code ``AUTHORIZATION_ERROR_PAGE`` when the server answers
    with an error page instead of redirecting (unknown client, redirect URI mismatch), and
    ``CONSENT_DECISION_MISSING`` when a consent screen appears but nobody decides it.

    Example::

        from sandbox import browser
        callback_url = browser.authorize(client.http_acg.get_authorization_url())

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
    """
    if not url:
        raise SandboxError(
            "INVALID_ARGUMENT",
            "browser.authorize(url) got no URL: is authorization_code_auth_credentials "
            "configured on the client?",
        )
    page = send(HttpRequest(method="GET", url=url, headers={"accept": "text/html"}))
    early = _redirect_target(page, url)
    if early:
        return early  # an error redirect (e.g. invalid_scope) without a consent screen
    if not 200 <= page.status_code <= 299:
        _fail_with_page(page, "the authorization request")

    form = parse_consent_form(page.body)
    if form is None or not form.action:
        raise SandboxError(
            "UNEXPECTED_RESPONSE",
            f"The authorization URL answered HTTP {page.status_code} without a consent form",
            status=page.status_code,
        )
    decision = _decide(form)
    action = urljoin(url, form.action)
    body = urlencode([*[(k, v) for k, v in form.fields if k != "decision"], ("decision", decision)])
    if form.method == "GET":
        answer = send(HttpRequest(method="GET", url=f"{action}?{body}"))
    else:
        answer = send(
            HttpRequest(
                method=form.method,
                url=action,
                headers={"content-type": "application/x-www-form-urlencoded"},
                body=body,
            )
        )
    target = _redirect_target(answer, action)
    if target:
        return target
    if not 200 <= answer.status_code <= 299:
        _fail_with_page(answer, "the consent form")
    raise SandboxError(
        "UNEXPECTED_RESPONSE",
        f"The consent form answered HTTP {answer.status_code} instead of redirecting to the client",
        status=answer.status_code,
    )


def _decide(form: ConsentForm) -> str:
    if _consent_handler is not None:
        decision = _consent_handler(form)
    else:
        decision = os.environ.get("SANDBOX_CONSENT", "")
        if not decision:
            raise SandboxError(
                "CONSENT_DECISION_MISSING",
                f"The authorization server shows a consent screen ({form.client_name or form.client_id} "
                f"asks for {' '.join(form.scopes) or 'access'}), but SANDBOX_CONSENT is not set: add "
                '"run": {"consent": "approve"} (or "deny") to the snippet\'s meta.json, or set '
                "SANDBOX_CONSENT=approve when running it by hand",
            )
    if decision not in ("approve", "deny"):
        raise SandboxError(
            "INVALID_ARGUMENT",
            f"The consent decision is {decision!r}; it must be 'approve' or 'deny'",
        )
    return decision


def _redirect_target(response: HttpResponse, base: str) -> Optional[str]:
    location = response.headers.get("location")
    if response.status_code in REDIRECT_STATUSES and location:
        return urljoin(base, location)
    return None


def _fail_with_page(response: HttpResponse, step: str) -> None:
    page = parse_error_page(response.body)
    detail = f", {page.error}" if page.error else ""
    raise SandboxError(
        "AUTHORIZATION_ERROR_PAGE",
        f"The authorization server answered {step} with an error page (HTTP "
        f"{response.status_code}{detail}) instead of redirecting: {page.message}",
        status=response.status_code,
        error=page.error,
    )
