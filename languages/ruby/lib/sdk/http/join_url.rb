# frozen_string_literal: true

module Sdk
  # Joins a base URL and a path without doubling or dropping the slash.
  def self.join_url(base, path)
    "#{base.sub(%r{/+\z}, '')}/#{path.sub(%r{\A/+}, '')}"
  end
end
