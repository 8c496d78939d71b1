# frozen_string_literal: true

require 'net/http'
require 'json'
require 'uri'

module Sandbox
  # The sandbox's clock: moving it moves the mock server's clock (so the server also sees the
  # token as expired) and the SDK's "now" (Sdk::Clock), so expiry can be shown without waiting.
  #
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
  module Clock
    module_function

    # Moves the clock ahead by `seconds` (non-negative), on the mock server and in the SDK.
    #
    # @example
    #   Sandbox.clock.advance(3600) # an hour later: the token has expired
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
    def advance(seconds)
      unless seconds.is_a?(Numeric) && seconds >= 0
        raise SandboxError.new('INVALID_ARGUMENT',
                               "Sandbox.clock.advance(seconds) needs a non-negative number of seconds, got #{seconds.inspect}")
      end

      uri = URI("#{Sandbox.mock_server_url}/__control/clock")
      response = Net::HTTP.post(uri, JSON.generate(advanceSeconds: seconds), 'Content-Type' => 'application/json')
      unless response.is_a?(Net::HTTPSuccess)
        raise SandboxError.new('UNEXPECTED_RESPONSE',
                               "POST #{uri} answered HTTP #{response.code}: #{response.body.to_s[0, 200]}",
                               status: response.code.to_i)
      end

      Sdk::Clock.advance(seconds)
    end

    # The sandbox's current time, Unix seconds.
    def now
      Sdk::Clock.now
    end

    # How far the clock has been moved, in seconds.
    def offset_seconds
      Sdk::Clock.offset_seconds
    end
  end
end
