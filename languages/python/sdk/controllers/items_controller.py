"""``GET /items`` and ``POST /items``."""

from typing import Optional

from sdk.http.api_response import ApiResponse
from sdk.http.call_api import ApiContext, call_api
from sdk.models.item import Item
from sdk.models.item_list import ItemList


class ItemsController:
    """The items resource (``client.items_controller``).

    See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    """

    def __init__(self, context: ApiContext) -> None:
        self._context = context

    def list_items(self) -> ApiResponse[ItemList]:
        """Lists the items (``GET /items``, scope ``read``).

        Example::

            response = client.items_controller.list_items()
            print(len(response.body.items))

        See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
        """
        return call_api(self._context, "GET", "/items", ItemList.from_dictionary)

    def create_item(self, name: str, quantity: Optional[int] = None) -> ApiResponse[Item]:
        """Creates an item (``POST /items``, scope ``write``; answers 201). A token without
        ``write`` raises ``APIException`` with ``response_code`` 403 and ``error``
        ``insufficient_scope``.

        See https://www.rfc-editor.org/rfc/rfc6750#section-3.1
        """
        body = {"name": name} if quantity is None else {"name": name, "quantity": quantity}
        return call_api(self._context, "POST", "/items", Item.from_dictionary, body)
