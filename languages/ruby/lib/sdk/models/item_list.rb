# frozen_string_literal: true

module Sdk
  # The body of GET /items.
  #
  # @example
  #   client.items_controller.list_items.data.items.each { |item| puts item.name }
  # @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
  ItemList = Struct.new(:items, keyword_init: true) do
    # Builds the model from the parsed JSON body.
    def self.from_hash(hash)
      new(items: (hash['items'] || []).map { |item| Item.from_hash(item) })
    end
  end
end
