# frozen_string_literal: true

require 'sdk'

# The sandbox helper the Ruby snippets use for what a real app gets from elsewhere (`require
# 'sandbox'`): `Sandbox.browser.authorize(url)` plays the user's browser on the consent screen,
# `Sandbox.clock.advance(seconds)` moves time for the SDK and the mock server. Demo only: an app
# never needs it. Reads MOCK_SERVER_URL (the server `npm run mock-server` started) and
# SANDBOX_CONSENT (`approve` or `deny`: the answer to give on a consent screen).
#
# @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
module Sandbox
  # The stand-in for the user's browser.
  #
  # @example
  #   callback_url = Sandbox.browser.authorize(auth_url)
  def self.browser
    Browser
  end

  # The clock shared by the SDK and the mock server.
  #
  # @example
  #   Sandbox.clock.advance(3600)
  def self.clock
    Clock
  end

  # The mock server's base URL, from MOCK_SERVER_URL.
  def self.mock_server_url
    url = ENV.fetch('MOCK_SERVER_URL', '')
    if url.empty?
      raise SandboxError.new('MOCK_SERVER_URL_MISSING',
                             'MOCK_SERVER_URL is not set: start `npm run mock-server -- --port 4010` and export the ' \
                             'MOCK_SERVER_URL, SDK_AUTH_SERVER_URL and SDK_API_BASE_URL it prints')
    end

    url.sub(%r{/+\z}, '')
  end
end

require_relative 'sandbox/sandbox_error'
require_relative 'sandbox/consent_page'
require_relative 'sandbox/browser'
require_relative 'sandbox/clock'
