"""The sandbox helper: the Python counterpart of the TypeScript ``sandbox`` module.

``browser.authorize(url)`` plays the user's browser through the mock server's consent screen;
``clock.advance(seconds)`` moves the mock server's and the SDK's clocks together. Both only make
sense against the mock OAuth server (``npm run mock-server``); snippets use them where a real app
would have a user and would wait.
"""

from sandbox import browser, clock
from sandbox.sandbox_error import SandboxError

__all__ = ["browser", "clock", "SandboxError"]
