"""The one place the SDK reads "now" from.

Token expiry is computed and checked with :func:`now`, so the sandbox helper's ``clock.advance``
can move the SDK's time together with the mock server's (``sandbox/clock.py``).
See https://www.rfc-editor.org/rfc/rfc6749#section-5.1 (``expires_in``).
"""

import time

_offset_seconds = 0.0


def now() -> float:
    """Current Unix time in seconds, plus any offset the sandbox clock has added."""
    return time.time() + _offset_seconds


def shift(seconds: float) -> None:
    """Moves :func:`now` forward by ``seconds``. Used by the sandbox clock, not by applications."""
    global _offset_seconds
    _offset_seconds += seconds


def offset_seconds() -> float:
    """How far :func:`now` has been moved from real time, in seconds."""
    return _offset_seconds
