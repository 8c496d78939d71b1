# frozen_string_literal: true

# Compiles (without running) every Ruby file named on the command line, in one process, and
# prints one JSON line per file that does not parse: {"file", "line", "message"}. Exit 0 either
# way; a non-zero exit means this checker itself failed. Used by harness.ts `prepare`.
require 'json'

ARGV.each do |file|
  RubyVM::InstructionSequence.compile_file(file)
rescue SyntaxError => e
  # "<file>:<line>: <message>", possibly several such lines for one error.
  first = e.message.lines.find { |line| line.start_with?("#{file}:") } || e.message.lines.first.to_s
  line = first[/\A#{Regexp.escape(file)}:(\d+):/, 1]
  # The first line says what is wrong; the rest repeat the source line with a caret under it.
  message = first.sub(/\A#{Regexp.escape(file)}:\d+:\s*/, '').strip
  puts JSON.generate(file: file, line: line&.to_i, message: message)
end
