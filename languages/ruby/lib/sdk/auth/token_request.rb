# frozen_string_literal: true

require 'base64'
require 'uri'

module Sdk
  # Sends token requests (RFC 6749 section 3.2) and turns the answer into an OAuthToken or a
  # typed error. The client authenticates with HTTP Basic, id and secret form-encoded first
  # (RFC 6749 section 2.3.1), so neither ever appears in a URL or in the body.
  #
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-3.2
  module TokenRequest
    # Seconds subtracted from expires_in when computing OAuthToken#expiry, to absorb clock skew
    # and latency; capped at half the lifetime so short-lived tokens stay usable.
    CLOCK_SKEW_MARGIN_SECONDS = 30

    module_function

    # POSTs `params` (nil values left out) to the token endpoint; `context` starts error messages.
    def call(http, auth_server_url, credentials, params, context)
      basic = Base64.strict_encode64(
        "#{URI.encode_www_form_component(credentials.o_auth_client_id)}:" \
        "#{URI.encode_www_form_component(credentials.o_auth_client_secret)}"
      )
      response = http.request(
        :post, Sdk.join_url(auth_server_url, '/oauth2/token'),
        headers: {
          'Authorization' => "Basic #{basic}",
          'Content-Type' => 'application/x-www-form-urlencoded',
          'Accept' => 'application/json'
        },
        body: URI.encode_www_form(params.compact)
      )
      token_from(response, Clock.now, context)
    end

    # Unix time after which a token received at `received_at` counts as expired.
    def expiry_for(received_at, expires_in)
      margin = [CLOCK_SKEW_MARGIN_SECONDS, (expires_in / 2).floor].min
      received_at.floor + expires_in - margin
    end

    def token_from(response, received_at, context)
      json = response.json.is_a?(Hash) ? response.json : {}
      raise error_from(response, json, context) unless response.success?

      access_token = json['access_token']
      token_type = json['token_type']
      unless access_token.is_a?(String) && !access_token.empty? && token_type.is_a?(String)
        raise InvalidResponseException.new(
          "#{context} answered HTTP #{response.status_code} without a JSON access_token and token_type (RFC 6749 section 5.1)",
          response_code: response.status_code, body: response.body
        )
      end
      if token_type.casecmp('bearer') != 0
        raise InvalidResponseException.new(
          "#{context} issued a token of type #{token_type.inspect}; this SDK only sends Bearer tokens (RFC 6750)",
          response_code: response.status_code, body: response.body
        )
      end

      expires_in = json['expires_in'].is_a?(Numeric) ? json['expires_in'] : nil
      refresh_token = json['refresh_token']
      OAuthToken.new(
        access_token: access_token,
        token_type: 'Bearer',
        expires_in: expires_in,
        expiry: expires_in && expiry_for(received_at, expires_in),
        scope: json['scope'].is_a?(String) ? json['scope'] : nil,
        refresh_token: refresh_token.is_a?(String) && !refresh_token.empty? ? refresh_token : nil
      )
    end

    def error_from(response, json, context)
      text = ->(name) { json[name].is_a?(String) ? json[name] : nil }
      if text.call('error')
        OAuthProviderException.new(
          error: json['error'], error_description: text.call('error_description'), error_uri: text.call('error_uri'),
          context: context, response_code: response.status_code, headers: response.headers, body: response.body
        )
      else
        APIException.new(
          "#{context} failed with HTTP #{response.status_code} and a body that is not an OAuth error response",
          response_code: response.status_code, headers: response.headers, body: response.body, result: response.json
        )
      end
    end
  end
end
