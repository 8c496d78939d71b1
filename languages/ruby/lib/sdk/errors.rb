# frozen_string_literal: true

module Sdk
  # Base class of every error the SDK raises on purpose. `code` is stable and machine-readable,
  # so callers (and tests) branch on it without parsing messages. Messages never contain the
  # client secret, a password or a token.
  #
  # @example
  #   begin
  #     client.items_controller.list_items
  #   rescue SdkException => e
  #     puts e.code
  #   end
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
  class SdkException < StandardError
    # Stable code: API_ERROR, OAUTH_PROVIDER_ERROR, AUTHORIZATION_REQUIRED, CONFIGURATION_ERROR,
    # INVALID_RESPONSE, STATE_MISMATCH or CONNECTION_ERROR.
    attr_reader :code

    def initialize(code, message)
      super(message)
      @code = code
    end
  end

  # An API call (or a token request whose body was not an OAuth error) answered with a non-2xx
  # status. For RFC 6750 failures, `error`, `error_description` and `scope` come from the
  # `WWW-Authenticate: Bearer` challenge (or, failing that, from the JSON body).
  #
  # @example
  #   begin
  #     client.items_controller.create_item(name: 'Pen')
  #   rescue APIException => e
  #     puts "Needs scope #{e.scope}" if e.error == 'insufficient_scope'
  #   end
  # @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
  class APIException < SdkException
    # HTTP status code of the response.
    attr_reader :response_code
    # Response headers (lower-case names).
    attr_reader :headers
    # Raw response body text (possibly not JSON).
    attr_reader :body
    # The body parsed as JSON, or nil.
    attr_reader :result
    # RFC 6750 error code (`invalid_token`, `insufficient_scope`), when the server sent one.
    attr_reader :error
    # Human-readable explanation sent by the server, if any.
    attr_reader :error_description
    # Scope the resource requires (RFC 6750 `scope` challenge attribute), if sent.
    attr_reader :scope

    def initialize(message, response_code:, headers: {}, body: '', result: nil, challenge: nil)
      super('API_ERROR', message)
      @response_code = response_code
      @headers = headers
      @body = body
      @result = result
      from_body = result.is_a?(Hash) ? result : {}
      challenge ||= {}
      @error = challenge['error'] || string_or_nil(from_body['error'])
      @error_description = challenge['error_description'] || string_or_nil(from_body['error_description'])
      @scope = challenge['scope']
    end

    # Same as response_code, under the name other SDKs use.
    def status_code
      response_code
    end

    private

    def string_or_nil(value)
      value.is_a?(String) ? value : nil
    end
  end

  # The authorization server refused a token request with an RFC 6749 section 5.2 error
  # response: `error` is the RFC error code (`invalid_grant`, `invalid_client`, ...).
  #
  # @example
  #   begin
  #     client.http_ropcg.refresh_token
  #   rescue OAuthProviderException => e
  #     puts e.error # => "invalid_grant"
  #   end
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
  class OAuthProviderException < SdkException
    # RFC 6749 section 5.2 error code, e.g. `invalid_grant`.
    attr_reader :error
    # Human-readable explanation from the server, if any.
    attr_reader :error_description
    # URI of a page about the error, if the server sent one.
    attr_reader :error_uri
    # HTTP status of the token endpoint's answer (400, or 401 for invalid_client).
    attr_reader :response_code
    # Response headers (lower-case names).
    attr_reader :headers
    # Raw response body text.
    attr_reader :body

    def initialize(error:, context:, response_code:, error_description: nil, error_uri: nil, headers: {}, body: '')
      detail = error_description ? ": #{error_description}" : ''
      super('OAUTH_PROVIDER_ERROR', "#{context} failed with #{error} (HTTP #{response_code})#{detail}")
      @error = error
      @error_description = error_description
      @error_uri = error_uri
      @response_code = response_code
      @headers = headers
      @body = body
    end
  end

  # An endpoint call needs a user's authorization the SDK cannot obtain on its own: for the
  # authorization code grant there is no token yet (or it can no longer be refreshed), so the user
  # must be sent to `get_authorization_url` first. Raised before any request is made.
  #
  # @example
  #   begin
  #     client.user_controller.get_profile
  #   rescue AuthorizationRequiredException
  #     redirect_to client.http_acg.get_authorization_url
  #   end
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
  class AuthorizationRequiredException < SdkException
    def initialize(message = 'The user must authorize the app first')
      super('AUTHORIZATION_REQUIRED', message)
    end
  end

  # The client was configured or called incorrectly (a missing credential, a reserved
  # authorization parameter, ...). The message names the option to fix.
  #
  # @example
  #   ClientCredentialsAuthCredentials.new(o_auth_client_id: 'id', o_auth_client_secret: '')
  #   # => raises ConfigurationException (o_auth_client_secret is missing or empty)
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
  class ConfigurationException < SdkException
    def initialize(message)
      super('CONFIGURATION_ERROR', message)
    end
  end

  # A server answered 2xx with a body the SDK cannot use (not JSON, a token response without
  # access_token / token_type, or a token type other than Bearer).
  #
  # @example
  #   rescue InvalidResponseException => e
  #     puts e.body
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
  class InvalidResponseException < SdkException
    # HTTP status of the response.
    attr_reader :response_code
    # Raw response body text.
    attr_reader :body

    def initialize(message, response_code:, body:)
      super('INVALID_RESPONSE', message)
      @response_code = response_code
      @body = body
    end
  end

  # `fetch_token(code, state: state)` got a state that no `get_authorization_url(state: ...)` call
  # of this client issued (or that was already used): the redirect may be forged (CSRF).
  #
  # @example
  #   rescue StateMismatchException
  #     puts 'Ignoring a forged callback'
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-10.12
  class StateMismatchException < SdkException
    def initialize(message)
      super('STATE_MISMATCH', message)
    end
  end

  # The server could not be reached (connection refused, DNS failure, timeout).
  #
  # @example
  #   rescue ConnectionException => e
  #     warn e.message
  # @see https://www.rfc-editor.org/rfc/rfc9110#section-4.3
  class ConnectionException < SdkException
    def initialize(message)
      super('CONNECTION_ERROR', message)
    end
  end
end
