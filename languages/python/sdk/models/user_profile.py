"""The body of ``GET /me``."""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional


@dataclass
class UserProfile:
    """Who a token acts for: the demo user (password and authorization code grants) or the
    client itself (client credentials), with ``kind`` ``"user"`` or ``"client"``.

    See https://www.rfc-editor.org/rfc/rfc6749#section-1.1
    """

    id: str
    kind: str
    name: str
    username: Optional[str] = None
    email: Optional[str] = None
    scopes: List[str] = field(default_factory=list)

    @classmethod
    def from_dictionary(cls, data: Dict[str, Any]) -> "UserProfile":
        """Reads the JSON object the API answered."""
        return cls(
            id=str(data.get("id", "")),
            kind=str(data.get("kind", "")),
            name=str(data.get("name", "")),
            username=data.get("username"),
            email=data.get("email"),
            scopes=list(data.get("scopes") or []),
        )
