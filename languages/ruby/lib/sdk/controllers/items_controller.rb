# frozen_string_literal: true

module Sdk
  # GET /items (scope read) and POST /items (scope write). Available as `client.items_controller`.
  #
  # @example
  #   puts "#{client.items_controller.list_items.data.items.length} items"
  # @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
  class ItemsController
    # @api private: created by Client; use client.items_controller.
    def initialize(api_call)
      @api_call = api_call
    end

    # Lists the items (GET /items, scope read), as ApiResponse of ItemList.
    #
    # @example
    #   items = client.items_controller.list_items.data.items
    # @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    def list_items
      @api_call.call(:get, '/items', ItemList)
    end

    # Creates an item (POST /items, scope write): a non-empty name and an optional non-negative
    # quantity (default 1). Answers 201 with the Item. A token without write raises APIException
    # (403, error `insufficient_scope`).
    #
    # @example
    #   item = client.items_controller.create_item(name: 'Notebook', quantity: 2).data
    # @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
    def create_item(name:, quantity: nil)
      @api_call.call(:post, '/items', Item, { name: name, quantity: quantity }.compact)
    end
  end
end
