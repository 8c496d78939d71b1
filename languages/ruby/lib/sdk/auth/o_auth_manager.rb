# frozen_string_literal: true

require 'monitor'

module Sdk
  # What the three auth managers share: the current token, expiry checks, renewal (refresh token
  # first), the token callbacks and one token request for concurrent callers.
  #
  # One token request: obtaining a token for endpoint calls happens inside a reentrant lock, so
  # when 50 threads call an endpoint without a token, the first one fetches it and the others find
  # it valid once they get the lock. Reentrant (Monitor, not Mutex) because a token provider may
  # call `fetch_token` or `refresh_token` on this manager from inside the lock.
  #
  # @example
  #   manager = client.http_ropcg
  #   manager.refresh_token if manager.token_expired?
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-1.5
  class OAuthManager
    # @api private: created by Client; use client.http_ccg, client.http_ropcg or client.http_acg.
    def initialize(http, auth_server_url, credentials)
      @http = http
      @auth_server_url = auth_server_url
      @credentials = credentials
      @token = credentials.o_auth_token
      @rejected = nil # access token the API answered 401 to: expired whatever its expiry says
      @lock = Monitor.new
    end

    # The token the manager currently holds (configured, fetched or refreshed), or nil.
    def o_auth_token
      @lock.synchronize { @token }
    end

    # Whether `token` (default: the manager's current token) is expired: its expiry, which
    # already includes the clock-skew margin, is now or past. No token counts as expired; a token
    # without expiry never expires client-side.
    #
    # @example
    #   client.http_ropcg.token_expired?(token) # => false
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
    def token_expired?(token = o_auth_token)
      return true if token.nil?

      !token.expiry.nil? && Clock.now >= token.expiry
    end

    # Gets a new access token with the current token's refresh token (RFC 6749 section 6) and
    # makes it current. The demo server rotates refresh tokens, so the old one stops working.
    # Without a refresh token, the client credentials and password managers fetch a new token with
    # their credentials instead; the authorization code manager raises AuthorizationRequiredException.
    #
    # @example
    #   token = client.http_ropcg.refresh_token
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-6
    def refresh_token
      refresh_token = o_auth_token&.refresh_token
      refresh_token ? refresh_with(refresh_token) : new_grant
    end

    # @api private: the token endpoint calls use: the current one while valid, else one
    # obtained once for all concurrent callers (provider, else refresh token, else a new grant).
    def token_for_call
      @lock.synchronize do
        token = @token
        return token if token && !token_expired?(token) && token.access_token != @rejected

        obtain
      end
    end

    # @api private: after the API answered 401 to `used`, marks it unusable and gets another.
    def renew_rejected_token(used)
      @lock.synchronize do
        @rejected = used.access_token if @token&.access_token == used.access_token
        token_for_call
      end
    end

    # A view for logs, without secrets.
    def inspect
      "#<#{self.class.name} token=#{o_auth_token.inspect}>"
    end

    private

    attr_reader :http, :auth_server_url, :credentials

    def request_token(params, context)
      TokenRequest.call(http, auth_server_url, credentials, params, context)
    end

    # The configured scopes as the space-delimited scope parameter, or nil.
    def scope_parameter
      scopes = credentials.o_auth_scopes
      scopes.nil? || scopes.empty? ? nil : scopes.join(' ')
    end

    # Makes `token` current and, if it is a different token, calls o_auth_on_token_update.
    def adopt(token)
      @lock.synchronize do
        changed = token.access_token != @token&.access_token
        @token = token
        if changed
          @rejected = nil
          credentials.o_auth_on_token_update&.call(token)
        end
        token
      end
    end

    # Gets a token without a refresh token: a new grant, or a typed error if that needs a user.
    # `cause` is the refresh failure that led here, if any.
    def new_grant(cause = nil)
      raise NotImplementedError, "#{self.class} must implement new_grant"
    end

    def refresh_with(refresh_token)
      token = request_token({ grant_type: 'refresh_token', refresh_token: refresh_token }, 'Refreshing the access token')
      # RFC 6749 section 6: a server that does not rotate keeps the old refresh token valid.
      token = OAuthToken.from_hash(token.to_hash.merge('refresh_token' => refresh_token)) unless token.refresh_token
      adopt(token)
    end

    def obtain
      provider = credentials.o_auth_token_provider
      return adopt(provided_token(provider.call(@token, self))) if provider

      refresh_token = @token&.refresh_token
      return new_grant unless refresh_token

      begin
        refresh_with(refresh_token)
      rescue OAuthProviderException => e
        # A revoked, expired or rotated-away refresh token: start over with a new grant.
        raise unless e.error == 'invalid_grant'

        new_grant(e)
      end
    end

    def provided_token(value)
      return value if value.is_a?(OAuthToken)
      return OAuthToken.from_hash(value) if value.is_a?(Hash)

      raise ConfigurationException,
            "o_auth_token_provider returned #{value.inspect[0, 40]}; it must return an OAuthToken " \
            '(e.g. auth_manager.fetch_token) or raise'
    end
  end
end
