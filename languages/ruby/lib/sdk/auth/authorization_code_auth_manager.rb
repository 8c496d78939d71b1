# frozen_string_literal: true

require 'uri'

module Sdk
  # The authorization code grant with PKCE (S256). `get_authorization_url` makes the URL to send
  # the user to; `fetch_token(code)` exchanges the code from the redirect for a token. Expired
  # tokens are refreshed with their refresh token; without a token, endpoint calls raise
  # AuthorizationRequiredException before sending anything. Available as `client.http_acg`.
  #
  # PKCE verifiers: each `get_authorization_url(state: ...)` creates a verifier and remembers it
  # under its state (calls without a state share one slot). `fetch_token(code, state: ...)` uses
  # and forgets that state's verifier; `fetch_token(code)` uses the most recent one. At most 20
  # pending requests are remembered, per manager, in memory only.
  #
  # @example
  #   auth_url = client.http_acg.get_authorization_url(state: 'random_state_string')
  #   # ... send the user to auth_url; the redirect brings back ?code=...&state=...
  #   token = client.http_acg.fetch_token(code, state: 'random_state_string')
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
  # @see https://www.rfc-editor.org/rfc/rfc7636#section-4
  class AuthorizationCodeAuthManager < OAuthManager
    # Parameters get_authorization_url sets itself; additional_params may not override them.
    RESERVED_PARAMETERS = %w[
      response_type client_id redirect_uri scope state code_challenge code_challenge_method
      code_verifier client_secret code grant_type refresh_token access_token password
    ].freeze
    # How many authorization requests may be pending (built, not yet redeemed) at once.
    MAX_PENDING = 20

    def initialize(*)
      super
      @verifiers = {} # state (nil = none) => PKCE verifier, oldest first
    end

    # The authorization endpoint URL to send the user to: response_type=code, the client id,
    # redirect URI, configured scopes, the optional state and a PKCE S256 challenge; never the
    # client secret. `additional_params` (e.g. `{ prompt: 'consent' }`) are appended but may not
    # replace a parameter the SDK sets (that raises ConfigurationException).
    #
    # @example
    #   auth_url = client.http_acg.get_authorization_url(state: state, additional_params: { prompt: 'consent' })
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1
    # @see https://www.rfc-editor.org/rfc/rfc7636#section-4.3
    def get_authorization_url(state: nil, additional_params: nil)
      verifier = Pkce.create_code_verifier
      params = {
        'response_type' => 'code', 'client_id' => credentials.o_auth_client_id,
        'redirect_uri' => credentials.o_auth_redirect_uri, 'scope' => scope_parameter, 'state' => state,
        'code_challenge' => Pkce.s256_code_challenge(verifier), 'code_challenge_method' => 'S256'
      }.compact
      (additional_params || {}).each do |name, value|
        name = name.to_s
        if RESERVED_PARAMETERS.include?(name)
          raise ConfigurationException,
                "get_authorization_url: additional parameter #{name.inspect} is set by the SDK and cannot be overridden; remove it from additional_params"
        end
        if value.to_s == credentials.o_auth_client_secret
          raise ConfigurationException,
                "get_authorization_url: additional parameter #{name.inspect} carries the client secret; a secret must never be put in a URL"
        end

        params[name] = value.to_s
      end
      remember(state, verifier)
      "#{Sdk.join_url(auth_server_url, '/oauth2/authorize')}?#{URI.encode_www_form(params)}"
    end

    # Exchanges an authorization code for a token, sending the PKCE verifier of the matching
    # get_authorization_url call; makes it the manager's current token and returns it. Pass the
    # state from the redirect to pick that request's verifier: a state this manager never issued
    # raises StateMismatchException without sending anything.
    #
    # @example
    #   query = URI.decode_www_form(callback_url.query).to_h
    #   token = client.http_acg.fetch_token(query['code'], state: query['state'])
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3
    # @see https://www.rfc-editor.org/rfc/rfc7636#section-4.5
    def fetch_token(code, state: nil)
      unless code.is_a?(String) && !code.empty?
        raise ConfigurationException,
              'fetch_token(code): the authorization code is empty; pass the code query parameter of the redirect'
      end

      verifier = take_verifier(state)
      adopt(request_token({ grant_type: 'authorization_code', code: code,
                            redirect_uri: credentials.o_auth_redirect_uri, code_verifier: verifier },
                          'Exchanging the authorization code'))
    end

    private

    def remember(state, verifier)
      @lock.synchronize do
        @verifiers.delete(state)
        @verifiers[state] = verifier
        @verifiers.delete(@verifiers.keys.first) if @verifiers.size > MAX_PENDING
      end
    end

    def take_verifier(state)
      @lock.synchronize do
        if state.nil?
          @verifiers.delete(@verifiers.keys.last)
        elsif @verifiers.key?(state)
          @verifiers.delete(state)
        else
          raise StateMismatchException,
                'fetch_token(code, state:): this state was not issued by get_authorization_url of this client, ' \
                'or was already used; the redirect may be forged'
        end
      end
    end

    def new_grant(cause = nil)
      reason = cause ? 'its refresh token was rejected' : 'there is no access token (or no refresh token to renew it)'
      raise AuthorizationRequiredException,
            "The authorization code grant needs the user's consent: #{reason}. Send the user to " \
            'get_authorization_url, then call fetch_token(code) and pass the token as o_auth_token.'
    end
  end
end
