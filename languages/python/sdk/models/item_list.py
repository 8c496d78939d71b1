"""The body of ``GET /items``."""

from dataclasses import dataclass, field
from typing import Any, Dict, List

from sdk.models.item import Item


@dataclass
class ItemList:
    """The items of the demo API.

    See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    """

    items: List[Item] = field(default_factory=list)

    @classmethod
    def from_dictionary(cls, data: Dict[str, Any]) -> "ItemList":
        """Reads the JSON object the API answered."""
        return cls(items=[Item.from_dictionary(item) for item in data.get("items") or []])
