# frozen_string_literal: true

require 'json'

module Sdk
  # An access token as the SDK keeps it. `to_hash` / `to_json` give a plain form to store (for
  # example in a database) and `OAuthToken.from_hash` reads it back, to pass as `o_auth_token`.
  #
  # `expiry` is a Unix time in seconds computed when the token response was received:
  # receipt time + expires_in - margin, where the margin (30 s, or half the lifetime for tokens
  # that live less than a minute) absorbs clock skew and latency. Once `expiry` has passed the
  # token counts as expired and is renewed before the next call.
  #
  # @example
  #   token = client.http_ccg.fetch_token
  #   puts "Access token: #{token.access_token[0, 8]}…, expires in #{token.expires_in} s"
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
  class OAuthToken
    FIELDS = %i[access_token token_type expires_in expiry scope refresh_token].freeze

    # The access token (RFC 6749 access_token). Treat it as a secret.
    attr_reader :access_token
    # Token type (`Bearer`).
    attr_reader :token_type
    # Lifetime in seconds as the server sent it (expires_in), or nil.
    attr_reader :expires_in
    # Unix time (seconds) after which the SDK treats the token as expired, or nil (never).
    attr_reader :expiry
    # Space-delimited scopes the token was granted (scope).
    attr_reader :scope
    # Refresh token, when the grant issued one. Treat it as a secret.
    attr_reader :refresh_token

    def initialize(access_token:, token_type: 'Bearer', expires_in: nil, expiry: nil, scope: nil, refresh_token: nil)
      unless access_token.is_a?(String) && !access_token.empty?
        raise ConfigurationException, 'OAuthToken.new: access_token is missing or empty: pass the access_token the token endpoint issued'
      end

      @access_token = access_token
      @token_type = token_type
      @expires_in = expires_in
      @expiry = expiry
      @scope = scope
      @refresh_token = refresh_token
      freeze
    end

    # Reads a token stored with `to_hash` or `to_json` (string or symbol keys).
    #
    # @example
    #   token = OAuthToken.from_hash(JSON.parse(File.read('token.json')))
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
    def self.from_hash(hash)
      raise ConfigurationException, "OAuthToken.from_hash needs a Hash, got #{hash.class}" unless hash.is_a?(Hash)

      new(**FIELDS.each_with_object({}) do |name, options|
        value = hash.key?(name) ? hash[name] : hash[name.to_s]
        options[name] = value unless value.nil?
      end)
    end

    # The token as a Hash with string keys (nil fields left out), for storage.
    def to_hash
      FIELDS.each_with_object({}) do |name, hash|
        value = public_send(name)
        hash[name.to_s] = value unless value.nil?
      end
    end
    alias to_h to_hash

    # The token as JSON, for storage. Contains the secrets: store it like a password.
    def to_json(*args)
      to_hash.to_json(*args)
    end

    def ==(other)
      other.is_a?(OAuthToken) && other.to_hash == to_hash
    end
    alias eql? ==

    def hash
      to_hash.hash
    end

    # A view without the secrets, so a token printed in a log does not leak (RFC 6749 section 10.3).
    def inspect
      "#<Sdk::OAuthToken token_type=#{token_type.inspect} expires_in=#{expires_in.inspect} " \
        "expiry=#{expiry.inspect} scope=#{scope.inspect} access_token=[redacted]" \
        "#{refresh_token ? ' refresh_token=[redacted]' : ''}>"
    end
    alias to_s inspect
  end
end
