"""An item of the demo API."""

from dataclasses import dataclass
from typing import Any, Dict


@dataclass
class Item:
    """An item: ``created_at`` is an ISO 8601 timestamp.

    See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    """

    id: str
    name: str
    quantity: int
    created_at: str

    @classmethod
    def from_dictionary(cls, data: Dict[str, Any]) -> "Item":
        """Reads the JSON object the API answered."""
        return cls(
            id=str(data.get("id", "")),
            name=str(data.get("name", "")),
            quantity=int(data.get("quantity", 0)),
            created_at=str(data.get("createdAt", "")),
        )
