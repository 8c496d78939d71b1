# frozen_string_literal: true

module Sdk
  # Reads the parameters of a `WWW-Authenticate: Bearer ...` challenge (realm, error,
  # error_description, scope): quoted-string and token values, as RFC 6750 section 3 uses them.
  #
  # @example
  #   BearerChallenge.parse('Bearer realm="api", error="invalid_token"') # => {"realm"=>"api", "error"=>"invalid_token"}
  # @see https://www.rfc-editor.org/rfc/rfc6750#section-3
  module BearerChallenge
    PARAMETER = /([a-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/i.freeze

    # The challenge's parameters (lower-case names), or nil when `header` has no Bearer challenge.
    def self.parse(header)
      match = header && /(?:\A|,)\s*Bearer\b(.*)\z/im.match(header)
      return nil unless match

      match[1].scan(PARAMETER).each_with_object({}) do |(name, quoted, token), params|
        key = name.downcase
        params[key] ||= quoted ? quoted.gsub(/\\(.)/, '\1') : token
      end
    end
  end
end
