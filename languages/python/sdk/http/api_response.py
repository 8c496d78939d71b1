"""A successful API call."""

from dataclasses import dataclass
from typing import Dict, Generic, TypeVar

T = TypeVar("T")


@dataclass
class ApiResponse(Generic[T]):
    """``status_code`` (2xx), ``headers`` (lower-case names), the raw ``text`` and the parsed
    ``body`` model.

    Example::

        response = client.user_controller.get_profile()
        print(response.status_code, response.body.name)

    See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    """

    status_code: int
    headers: Dict[str, str]
    text: str
    body: T
