# frozen_string_literal: true

require 'json'

module Sdk
  # Calls the protected API with a Bearer token in the Authorization header (RFC 6750 section
  # 2.1, never in the URL). On a 401 the token is renewed and the call retried once.
  #
  # @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
  class ApiCall
    # `manager` is a block answering the auth manager to use (it raises ConfigurationException
    # when the client has no credentials).
    def initialize(http, api_base_url, &manager)
      @http = http
      @api_base_url = api_base_url
      @manager = manager
    end

    # Sends the request and returns an ApiResponse whose data is `model.from_hash(json)`.
    def call(method, path, model, body = nil)
      manager = @manager.call
      url = Sdk.join_url(@api_base_url, path)
      token = manager.token_for_call
      response = send_with(token, method, url, body)
      if response.status_code == 401
        token = manager.renew_rejected_token(token)
        response = send_with(token, method, url, body)
      end
      raise api_error(method, url, response) unless response.success?

      if response.json.nil? && !response.body.empty?
        raise InvalidResponseException.new(
          "#{method.to_s.upcase} #{url} answered HTTP #{response.status_code} with a body that is not JSON",
          response_code: response.status_code, body: response.body
        )
      end

      data = response.json.is_a?(Hash) ? model.from_hash(response.json) : response.json
      ApiResponse.new(status_code: response.status_code, headers: response.headers, data: data, raw_body: response.body)
    end

    private

    def send_with(token, method, url, body)
      headers = { 'Authorization' => "Bearer #{token.access_token}", 'Accept' => 'application/json' }
      headers['Content-Type'] = 'application/json' unless body.nil?
      @http.request(method, url, headers: headers, body: body.nil? ? nil : JSON.generate(body))
    end

    def api_error(method, url, response)
      challenge = BearerChallenge.parse(response.headers['www-authenticate'])
      probe = APIException.new('', response_code: response.status_code, result: response.json, challenge: challenge)
      reason = [probe.error, probe.error_description].compact.join(': ')
      APIException.new(
        "#{method.to_s.upcase} #{url} failed with HTTP #{response.status_code}#{reason.empty? ? '' : " (#{reason})"}",
        response_code: response.status_code, headers: response.headers, body: response.body,
        result: response.json, challenge: challenge
      )
    end
  end
end
