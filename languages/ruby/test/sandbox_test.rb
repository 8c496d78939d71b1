# frozen_string_literal: true

require 'test_helper'

describe 'Sandbox helper against the mock server' do
  include MockServerTest

  def with_consent(value)
    saved = ENV.fetch('SANDBOX_CONSENT', nil)
    ENV['SANDBOX_CONSENT'] = value
    yield
  ensure
    ENV['SANDBOX_CONSENT'] = saved
  end

  let(:client) { mock_client(authorization_code_auth_credentials: TestHelper.authorization_code(o_auth_scopes: %w[read write])) }
  let(:query) { ->(uri) { URI.decode_www_form(uri.query).to_h } }

  it 'approves the consent screen and returns the redirect URI with a code and the state' do
    callback = with_consent('approve') { Sandbox.browser.authorize(client.http_acg.get_authorization_url(state: 'st')) }
    assert_equal 'https://example.com/oauth/callback', "#{callback.scheme}://#{callback.host}#{callback.path}"
    assert_equal 'st', query.call(callback)['state']
    token = client.http_acg.fetch_token(query.call(callback)['code'], state: 'st')
    assert_equal 'read write', token.scope
    assert_equal 'user', client.user_controller.get_profile.data.kind
  end

  it 'denies the consent screen and returns access_denied with the state' do
    callback = with_consent('deny') { Sandbox.browser.authorize(client.http_acg.get_authorization_url(state: 'st')) }
    assert_equal %w[access_denied st], query.call(callback).values_at('error', 'state')
  end

  it 'raises CONSENT_HANDLER_MISSING naming meta.json run.consent when SANDBOX_CONSENT is unset' do
    error = with_consent(nil) do
      assert_raises(Sandbox::SandboxError) { Sandbox.browser.authorize(client.http_acg.get_authorization_url) }
    end
    assert_equal 'CONSENT_HANDLER_MISSING', error.code
    assert_includes error.message, '"consent"'
  end

  it 'raises AUTHORIZATION_ERROR_PAGE with the OAuth error when the server answers an error page' do
    stranger = mock_client(authorization_code_auth_credentials: TestHelper.authorization_code(o_auth_client_id: 'UnknownClient'))
    error = with_consent('approve') do
      assert_raises(Sandbox::SandboxError) { Sandbox.browser.authorize(stranger.http_acg.get_authorization_url) }
    end
    assert_equal ['AUTHORIZATION_ERROR_PAGE', 400, 'invalid_client'], [error.code, error.status, error.error]
  end

  it 'moves the mock server clock and the SDK clock by the same amount' do
    before = Sdk::Clock.now
    Sandbox.clock.advance(3600)
    assert_in_delta before + 3600, Sdk::Clock.now, 5
    assert_equal 3600, control(:post, '/clock', { advanceSeconds: 0 })['offsetSeconds']
  end

  it 'raises INVALID_ARGUMENT for a negative clock advance' do
    assert_equal 'INVALID_ARGUMENT', assert_raises(Sandbox::SandboxError) { Sandbox.clock.advance(-1) }.code
  end
end

describe Sandbox::ConsentPage do
  it 'reads the action, method and hidden fields of a consent form, entities decoded' do
    html = '<form method="post" action="/auth/oauth2/authorize" data-scope="read write">' \
           '<input type="hidden" name="state" value="a&amp;b"><input type="text" name="x" value="y">'
    form = Sandbox::ConsentPage.parse_form(html)
    assert_equal ['/auth/oauth2/authorize', 'POST', [%w[state a&b]], %w[read write]],
                 [form.action, form.method, form.fields, form.scopes]
  end

  it 'reads the error code and message of an error page' do
    html = '<p role="alert" id="error" data-error="invalid_client">The client_id is <b>not</b> registered.</p>'
    assert_equal({ error: 'invalid_client', message: 'The client_id is not registered.' }, Sandbox::ConsentPage.parse_error(html))
  end
end
