# frozen_string_literal: true

# Glue between the Ruby reference SDK and the in-page runner's Web Worker (ruby.wasm). The worker
# hands `RunnerHost.install` a JavaScript object with four functions, and this file plugs them
# into what the SDK and the sandbox helper use:
#
# - `fetch(request_json)`: the runner's sandboxed fetch (the mock OAuth server's MSW handlers;
#   every exchange shows in the HTTP inspector). Net::HTTP has no sockets under WASI, so
#   `Net::HTTP#request` goes to it instead and waits with `JS::Object#await` (ruby.wasm suspends
#   the VM until the promise settles).
# - `consent(view_json)`: shows the consent screen in the page; resolves to "approve" or "deny".
# - `sleep(milliseconds)`: a timer, for Kernel#sleep (see RunnerHost.sleep).
# - `advanceClock(seconds)`: the worker's sandbox clock, which moves JavaScript's `Date`: the mock
#   server's time and Ruby's `Time.now` / `Process.clock_gettime` (WASI reads `Date`) alike, so
#   the SDK's own clock offset stays at zero here.
#
# The reader's code runs unchanged, as the file the Output names (`RunnerHost.run`).

# Ruby runs without RubyGems here (it costs seconds of the boot, see loadRubyFromAssets.ts): the
# bundled gems' folders go on the load path as RubyGems would put them (`base64` is one in 3.4),
# after the standard library's own.
require 'rbconfig'
$LOAD_PATH.concat(Dir.glob(File.join(RbConfig::CONFIG['rubylibprefix'], 'gems', RbConfig::CONFIG['ruby_version'],
                                     'gems', '*', 'lib')))

# WASI has no sockets: net/http loads with `socket` and `io/wait` marked as loaded, and never
# opens a connection (RunnerHost::NetHttpTransport). SocketError is what Net::HTTP raises for a
# host it cannot reach, so a refused URL reads the same as natively.
$LOADED_FEATURES << 'socket.rb' << 'io/wait.rb'
class SocketError < StandardError; end unless defined?(SocketError)

# ruby.wasm's OpenSSL has no SSL (no sockets); net/http reads OpenSSL::SSL::VERIFY_PEER for every
# https request and the SDK rescues OpenSSL::SSL::SSLError, so those two stand in for it.
require 'openssl'
unless defined?(OpenSSL::SSL)
  module OpenSSL
    module SSL
      VERIFY_NONE = 0
      VERIFY_PEER = 1
      class SSLError < OpenSSL::OpenSSLError; end
    end
  end
end

require 'js'
require 'json'
require 'net/http'
require 'sdk'
require 'sandbox'

module RunnerHost
  # Headers the browser's fetch sets itself (and refuses from code).
  BROWSER_HEADERS = %w[host accept-encoding connection content-length].freeze

  class << self
    # Called once by the worker with its host functions (a JavaScript object).
    def install(host)
      @host = host
      $stdout.sync = true
      $stderr.sync = true
    end

    # One HTTP exchange through the page's sandboxed fetch. Answers [status, reason, headers, body].
    def fetch(method, url, headers, body)
      request = { method: method, url: url, headers: headers }
      request[:body] = body unless body.nil?
      answer = JSON.parse(@host.call(:fetch, JSON.generate(request)).await.to_s)
      # The sandbox refused the URL (no mock answers it): what an unreachable host raises natively.
      raise SocketError, answer['error'] if answer['error']

      [answer['status'], answer['statusText'].to_s, answer['headers'], answer['body'].to_s]
    end

    # Shows the consent screen in the page and waits for the reader: "approve" or "deny".
    def consent(view)
      @host.call(:consent, JSON.generate(view)).await.to_s
    end

    def advance_clock(seconds)
      @host.call(:advanceClock, seconds.to_s)
    end

    # Kernel#sleep on a JavaScript timer: WASI's sleep spins the CPU and keeps the worker from
    # reading the page's messages (the clock buttons) until it ends. No argument sleeps forever
    # (until Stop or the time limit). Answers the whole seconds slept, as Kernel#sleep does.
    def sleep(*duration)
      raise ArgumentError, "wrong number of arguments (given #{duration.size}, expected 0..1)" if duration.size > 1

      seconds = duration.first
      unless seconds.nil? || seconds.is_a?(Numeric)
        raise TypeError, "can't convert #{seconds.class} into time interval"
      end
      raise ArgumentError, 'time interval must not be negative' if seconds&.negative?

      started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
      @host.call(:sleep, seconds.nil? ? '-1' : (seconds * 1000).to_s).await
      (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started).round
    end

    # Runs the reader's code as `file` and answers the outcome as JSON for the worker: `ok`,
    # `syntax-error` (nothing ran) or `error` with the backtrace cut to the reader's own frames.
    def run(code, file)
      code = code.to_s.dup.force_encoding(Encoding::UTF_8)
      file = file.to_s
      begin
        program = RubyVM::InstructionSequence.compile(code, file, file, 1)
      rescue SyntaxError => e
        return JSON.generate(kind: 'syntax-error', message: e.message)
      end
      begin
        program.eval
      rescue SystemExit => e
        # `exit(3)`, `abort`: the program ended itself; the worker says with which status.
        return JSON.generate(kind: 'exit', status: e.status)
      rescue Exception => e # rubocop:disable Lint/RescueException -- the reader's code may raise anything
        return JSON.generate(kind: 'error', error: describe(e, file))
      ensure
        $stdout.flush
        $stderr.flush
      end
      JSON.generate(kind: 'ok')
    end

    # What the Output shows of an exception: its class, message, the SDK's stable code and
    # HTTP/OAuth details when it has them, and Ruby's own report with the reader's frames only.
    def describe(error, file)
      own = (error.backtrace || []).select { |frame| frame.start_with?("#{file}:") }
                                   .map { |frame| frame.sub("in '<compiled>'", "in '<main>'") }
      line = own.first && own.first[/\A#{Regexp.escape(file)}:(\d+):/o, 1]
      name = error.class.name || error.class.inspect
      message = error.message.to_s
      first, *rest = message.empty? ? [name] : message.lines(chomp: true)
      # Ruby's own report, as `ruby ruby.rb` prints it, with the SDK's frames left out.
      headline = "#{first} (#{name})"
      headline = "#{own.first}: #{headline}" if own.first
      text = [headline, *rest, *own.drop(1).map { |frame| "\tfrom #{frame}" }].join("\n")
      view = { name: name, message: message, text: text }
      view[:line] = line.to_i if line
      view[:code] = error.code.to_s if error.respond_to?(:code) && error.code.is_a?(String)
      view[:oauthError] = error.error.to_s if error.respond_to?(:error) && error.error.is_a?(String)
      status = error.respond_to?(:response_code) ? error.response_code : nil
      view[:status] = status if status.is_a?(Integer)
      view
    end
  end

  # Net::HTTP without sockets: every request goes to the page's sandboxed fetch, redirects not
  # followed (as Net::HTTP does not follow them either), the whole body read at once.
  module NetHttpTransport
    def connect
      # Nothing to connect: RunnerHost.fetch carries each request.
    end

    def request(req, body = nil, &block)
      return start { request(req, body, &block) } unless started?

      raise NotImplementedError, 'request bodies from a stream are not supported in the page' if req.body_stream

      body ||= req.body
      req['Content-Type'] ||= 'application/x-www-form-urlencoded' if body
      default_port = use_ssl? ? 443 : 80
      url = "#{use_ssl? ? 'https' : 'http'}://#{address}#{port == default_port ? '' : ":#{port}"}#{req.path}"
      headers = req.each_capitalized.reject { |name, _| BROWSER_HEADERS.include?(name.downcase) }
      status, reason, fields, text = RunnerHost.fetch(req.method, url, headers, body)
      response = response_for(status, reason, fields, text, url)
      yield response if block
      response
    end

    private

    def response_for(status, reason, fields, text, url)
      code = status.to_s
      klass = Net::HTTPResponse::CODE_TO_OBJ[code] || Net::HTTPResponse::CODE_CLASS_TO_OBJ[code[0]] ||
              Net::HTTPUnknownResponse
      response = klass.new('1.1', code, reason)
      fields.each { |name, value| response.add_field(name, value) }
      response.uri = URI(url)
      # The body is already here: mark it read, as Net::HTTP does once it has read the socket.
      response.instance_variable_set(:@body, text)
      response.instance_variable_set(:@read, true)
      response
    end
  end
  Net::HTTP.prepend(NetHttpTransport)

  # Sandbox.browser.authorize asks the reader on the page's consent screen instead of reading
  # SANDBOX_CONSENT (the native runs' answer).
  module ConsentInPage
    def submit(form, authorization_url)
      field = ->(name) { form.fields.find { |key, _| key == name }&.last }
      view = { clientId: form.client_id || field.call('client_id'), clientName: form.client_name,
               scopes: form.scopes, redirectUri: field.call('redirect_uri'), state: field.call('state') }
      @decision_in_page = RunnerHost.consent(view.compact)
      super
    ensure
      @decision_in_page = nil
    end

    def decision
      @decision_in_page || super
    end
  end
  Sandbox::Browser.singleton_class.prepend(ConsentInPage)

  # Kernel#sleep and Kernel.sleep wait on the page's timer (RunnerHost.sleep).
  module SleepInPage
    def sleep(*duration)
      RunnerHost.sleep(*duration)
    end
  end
  Kernel.prepend(SleepInPage)
  Kernel.singleton_class.prepend(SleepInPage)

  # Sandbox.clock.advance moves the worker's clock, which Ruby's time reads.
  module ClockInPage
    def advance(seconds)
      unless seconds.is_a?(Numeric) && seconds >= 0
        raise Sandbox::SandboxError.new('INVALID_ARGUMENT',
                                        "Sandbox.clock.advance(seconds) needs a non-negative number of seconds, got #{seconds.inspect}")
      end

      RunnerHost.advance_clock(seconds)
      nil
    end
  end
  Sandbox::Clock.singleton_class.prepend(ClockInPage)
end
