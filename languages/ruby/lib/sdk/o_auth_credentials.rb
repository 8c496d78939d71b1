# frozen_string_literal: true

module Sdk
  # What the three credentials groups share: the client's id and secret, the scopes to ask for,
  # an earlier token, and the two token callbacks. Immutable; `clone_with` returns a changed copy.
  #
  # @example
  #   credentials = ClientCredentialsAuthCredentials.new(
  #     o_auth_client_id: 'OAuthClientId',
  #     o_auth_client_secret: 'OAuthClientSecret',
  #     o_auth_on_token_update: ->(token) { save_token(token.to_json) }
  #   )
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
  class OAuthCredentials
    REDACTED = '[redacted]'

    # Client identifier issued by the authorization server.
    attr_reader :o_auth_client_id
    # Client secret: sent only in the Authorization: Basic header of token requests.
    attr_reader :o_auth_client_secret
    # Scopes to request (strings, see OAuthScopeEnum), or nil for the server's default.
    attr_reader :o_auth_scopes
    # A token obtained earlier (e.g. loaded from storage); used until it expires.
    attr_reader :o_auth_token
    # `->(last_oauth_token, auth_manager) { ... }`: called whenever the current token is missing
    # or expired; its result becomes the current token. Without it the SDK renews tokens itself.
    attr_reader :o_auth_token_provider
    # `->(token) { ... }`: called with every new token the client starts using.
    attr_reader :o_auth_on_token_update

    def initialize(o_auth_client_id: nil, o_auth_client_secret: nil, o_auth_scopes: nil, o_auth_token: nil,
                   o_auth_token_provider: nil, o_auth_on_token_update: nil)
      @o_auth_client_id = o_auth_client_id
      @o_auth_client_secret = o_auth_client_secret
      @o_auth_scopes = o_auth_scopes&.map(&:to_s)&.freeze
      @o_auth_token = o_auth_token.is_a?(Hash) ? OAuthToken.from_hash(o_auth_token) : o_auth_token
      @o_auth_token_provider = o_auth_token_provider
      @o_auth_on_token_update = o_auth_on_token_update
      validate
    end

    # A copy with `changes` applied, e.g. `credentials.clone_with(o_auth_token: token)`.
    #
    # @example
    #   client.config.resource_owner_auth_credentials.clone_with(o_auth_token: token)
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-7
    def clone_with(**changes)
      unknown = changes.keys - options.keys
      unless unknown.empty?
        raise ConfigurationException,
              "#{self.class.name.split('::').last}#clone_with: unknown option #{unknown.map(&:inspect).join(', ')}; " \
              "it accepts #{options.keys.map(&:inspect).join(', ')}"
      end

      self.class.new(**options.merge(changes))
    end

    # Every option as a keyword Hash (the secrets included), as `new` takes them.
    def options
      {
        o_auth_client_id: o_auth_client_id, o_auth_client_secret: o_auth_client_secret,
        o_auth_scopes: o_auth_scopes, o_auth_token: o_auth_token,
        o_auth_token_provider: o_auth_token_provider, o_auth_on_token_update: o_auth_on_token_update
      }
    end

    # A view for logs: secrets, passwords and tokens are redacted (RFC 6749 section 10.3).
    def inspect
      shown = options.reject { |_, value| value.nil? || value.respond_to?(:call) }.map do |name, value|
        "#{name}=#{name.to_s.end_with?('secret', 'password', 'token') ? REDACTED : value.inspect}"
      end
      "#<#{self.class.name} #{shown.join(' ')}>"
    end
    alias to_s inspect

    private

    # Options that must be non-empty strings; subclasses add theirs.
    def required_options
      %i[o_auth_client_id o_auth_client_secret]
    end

    def validate
      group = self.class.name.split('::').last
      required_options.each do |name|
        value = public_send(name)
        next if value.is_a?(String) && !value.empty?

        raise ConfigurationException,
              "#{group}.new: #{name} is missing or empty: set it to the value the authorization server issued"
      end
      unless o_auth_token.nil? || o_auth_token.is_a?(OAuthToken)
        raise ConfigurationException, "#{group}.new: o_auth_token must be an OAuthToken (or its to_hash), got #{o_auth_token.class}"
      end

      %i[o_auth_token_provider o_auth_on_token_update].each do |name|
        value = public_send(name)
        next if value.nil? || value.respond_to?(:call)

        raise ConfigurationException, "#{group}.new: #{name} must be a lambda or proc, got #{value.class}"
      end
    end
  end
end
