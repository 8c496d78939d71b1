# frozen_string_literal: true

require 'cgi'

module Sandbox
  # Reads the authorization server's pages with regular expressions: enough for the mock
  # server's own markup (double-quoted attributes), without an HTML parser gem.
  module ConsentPage
    ConsentForm = Struct.new(:action, :method, :fields, :client_id, :client_name, :scopes, keyword_init: true)

    module_function

    # The consent form of a page, or nil if the page has none. `fields` are the hidden inputs.
    def parse_form(html)
      form_tag = /<form\b([^>]*)>/i.match(html)
      return nil unless form_tag

      form = attributes(form_tag[1])
      fields = html.scan(/<input\b([^>]*)>/i).map { |(text)| attributes(text) }
                   .select { |input| input['type'] == 'hidden' && input['name'] }
                   .map { |input| [input['name'], input['value'] || ''] }
      ConsentForm.new(action: form['action'] || '', method: (form['method'] || 'get').upcase, fields: fields,
                      client_id: form['data-client-id'], client_name: form['data-client-name'],
                      scopes: (form['data-scope'] || '').split)
    end

    # The OAuth error code and message of an error page (`<p role="alert" data-error="...">`).
    def parse_error(html)
      alert = /<p\b([^>]*\brole="alert"[^>]*)>(.*?)<\/p>/im.match(html)
      if alert
        return { error: attributes(alert[1])['data-error'],
                 message: CGI.unescapeHTML(alert[2].gsub(/<[^>]*>/, '')).strip }
      end

      title = %r{<title>(.*?)</title>}im.match(html)
      { error: nil, message: title ? CGI.unescapeHTML(title[1]).strip : html[0, 200] }
    end

    def attributes(text)
      text.scan(/([^\s="'<>\/]+)\s*=\s*"([^"]*)"/).to_h { |name, value| [name.downcase, CGI.unescapeHTML(value)] }
    end
  end
end
