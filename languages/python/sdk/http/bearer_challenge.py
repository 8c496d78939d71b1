"""Reads a ``WWW-Authenticate: Bearer`` challenge."""

import re
from typing import Dict, Optional

_BEARER = re.compile(r"(?:^|,)\s*Bearer\b(.*)$", re.IGNORECASE)
_PARAM = re.compile(r'([a-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))', re.IGNORECASE)


def parse_bearer_challenge(header: Optional[str]) -> Optional[Dict[str, str]]:
    """The parameters (``realm``, ``error``, ``error_description``, ``scope``) of a Bearer
    challenge, or ``None`` for no header or another scheme.

    See https://www.rfc-editor.org/rfc/rfc6750#section-3
    """
    match = _BEARER.search(header or "")
    if not match:
        return None
    params: Dict[str, str] = {}
    for name, quoted, token in _PARAM.findall(match.group(1)):
        name = name.lower()
        if name not in params:
            params[name] = re.sub(r"\\(.)", r"\1", quoted) if quoted or not token else token
    return params
