"""Reference Python SDK of the OAuth 2.0 documentation site.

Standard library only, and nothing at import time that Pyodide lacks: every HTTP request goes
through :mod:`sdk.http.transport`, which imports ``urllib`` only when it sends something.
See ``languages/python/README.md`` for the layout and the behaviour decisions.
"""
