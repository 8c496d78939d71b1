# frozen_string_literal: true

require 'net/http'
require 'uri'

module Sandbox
  # Plays the user's browser for the authorization code grant against the mock server.
  #
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
  module Browser
    REDIRECT_STATUSES = [301, 302, 303, 307, 308].freeze

    module_function

    # Opens the authorization URL (redirects off), answers the consent form with SANDBOX_CONSENT
    # (`approve` or `deny`) and returns where the server redirected, as a URI: the redirect URI
    # with `code` and `state`, or with `error` (e.g. access_denied). An error redirect without a
    # consent screen is returned as is.
    #
    # Raises SandboxError: AUTHORIZATION_ERROR_PAGE when the server answers with an error page
    # (unknown client, redirect URI mismatch); CONSENT_HANDLER_MISSING when a consent screen
    # appears but SANDBOX_CONSENT is unset.
    #
    # @example
    #   callback_url = Sandbox.browser.authorize(client.http_acg.get_authorization_url)
    #   code = URI.decode_www_form(callback_url.query).to_h['code']
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
    def authorize(url)
      if url.nil? || url.to_s.empty?
        raise SandboxError.new('INVALID_ARGUMENT',
                               'Sandbox.browser.authorize(url) got no URL: pass client.http_acg.get_authorization_url')
      end

      authorization_url = URI(url.to_s)
      page = send_request(Net::HTTP::Get.new(authorization_url), authorization_url)
      early = redirect_target(page, authorization_url)
      return early if early # an error redirect (e.g. invalid_scope) without a consent screen

      fail_with_page(page, 'the authorization request') unless page.is_a?(Net::HTTPSuccess)
      form = ConsentPage.parse_form(utf8(page.body))
      if form.nil? || form.action.empty?
        raise SandboxError.new('UNEXPECTED_RESPONSE',
                               "The authorization URL answered HTTP #{page.code} without a consent form", status: page.code.to_i)
      end

      submit(form, authorization_url)
    end

    def submit(form, authorization_url)
      action = authorization_url + form.action
      request = Net::HTTP::Post.new(action)
      request['Content-Type'] = 'application/x-www-form-urlencoded'
      request.body = URI.encode_www_form(form.fields + [['decision', decision]])
      answer = send_request(request, action)
      target = redirect_target(answer, action)
      return target if target

      fail_with_page(answer, 'the consent form') unless answer.is_a?(Net::HTTPSuccess)
      raise SandboxError.new('UNEXPECTED_RESPONSE',
                             "The consent form answered HTTP #{answer.code} instead of redirecting to the client",
                             status: answer.code.to_i)
    end

    # The answer to the consent screen, from SANDBOX_CONSENT.
    def decision
      value = ENV.fetch('SANDBOX_CONSENT', '')
      return value if %w[approve deny].include?(value)

      if value.empty?
        raise SandboxError.new('CONSENT_HANDLER_MISSING',
                               'The authorization server showed a consent screen, but SANDBOX_CONSENT is not set: ' \
                               'add "run": { "consent": "approve" } (or "deny") to the snippet\'s meta.json, or ' \
                               'export SANDBOX_CONSENT=approve when running it by hand')
      end
      raise SandboxError.new('INVALID_ARGUMENT', "SANDBOX_CONSENT is #{value.inspect}; set it to approve or deny")
    end

    def send_request(request, uri)
      Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https', open_timeout: 10, read_timeout: 10) do |http|
        http.request(request)
      end
    rescue SocketError, SystemCallError, IOError, Net::OpenTimeout, Net::ReadTimeout => e
      raise SandboxError.new('CONNECTION_FAILED',
                             "#{request.method} #{uri.scheme}://#{uri.host}:#{uri.port}#{uri.path} could not be completed " \
                             "(#{e.class}: #{e.message}): is the mock server running, and is SDK_AUTH_SERVER_URL set to its /auth URL?")
    end

    def redirect_target(response, base)
      location = response['location']
      REDIRECT_STATUSES.include?(response.code.to_i) && location ? base + location : nil
    end

    def fail_with_page(response, step)
      page = ConsentPage.parse_error(utf8(response.body))
      raise SandboxError.new(
        'AUTHORIZATION_ERROR_PAGE',
        "The authorization server answered #{step} with an error page (HTTP #{response.code}" \
        "#{page[:error] ? ", #{page[:error]}" : ''}) instead of redirecting: #{page[:message]}",
        status: response.code.to_i, error: page[:error]
      )
    end

    def utf8(body)
      (body || '').dup.force_encoding(Encoding::UTF_8)
    end
  end
end
