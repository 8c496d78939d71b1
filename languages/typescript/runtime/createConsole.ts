import type { EventBuffer } from '../../../sandbox/runner/core/EventBuffer';
import { formatConsoleArgs, formatValue } from '../../../sandbox/runner/core/formatValue';
import { capText } from '../../../sandbox/runner/core/outputCaps';
import type { ConsoleLevel } from '../../../sandbox/runner/core/protocol';

/**
 * A `console` whose output goes to the run's Output panel. Past the line limit, calls are only
 * counted: arguments are not even formatted, so a runaway loop stays cheap.
 */
export function createConsole(buffer: EventBuffer): Console {
  let indent = '';
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();

  const write = (level: ConsoleLevel, args: unknown[]) => {
    if (!buffer.acceptsLines) {
      buffer.countDropped();
      return;
    }
    const text = formatConsoleArgs(args);
    // Indented first, then cut: one console call shows at most `outputCaps.lineChars`, indentation
    // included (the posting layer, OutputGate, cuts again whatever gets here longer).
    buffer.console(level, capText(indent ? text.replace(/^/gm, indent) : text));
  };

  const sandboxConsole = {
    log: (...args: unknown[]) => write('log', args),
    info: (...args: unknown[]) => write('info', args),
    debug: (...args: unknown[]) => write('debug', args),
    warn: (...args: unknown[]) => write('warn', args),
    error: (...args: unknown[]) => write('error', args),
    trace: (...args: unknown[]) => write('log', ['Trace:', ...args]),
    dir: (value: unknown) => write('log', [formatValue(value)]),
    dirxml: (...args: unknown[]) => write('log', args),
    table: (value: unknown) => write('log', [formatValue(value)]),
    assert: (condition?: unknown, ...args: unknown[]) => {
      if (!condition) write('error', ['Assertion failed:', ...args]);
    },
    count: (label = 'default') => {
      const count = (counts.get(label) ?? 0) + 1;
      counts.set(label, count);
      write('log', [`${label}: ${count}`]);
    },
    countReset: (label = 'default') => {
      counts.delete(label);
    },
    time: (label = 'default') => {
      timers.set(label, performance.now());
    },
    timeLog: (label = 'default', ...args: unknown[]) => {
      const started = timers.get(label);
      if (started === undefined) write('warn', [`Timer '${label}' does not exist`]);
      else write('log', [`${label}: ${(performance.now() - started).toFixed(1)} ms`, ...args]);
    },
    timeEnd: (label = 'default') => {
      sandboxConsole.timeLog(label);
      timers.delete(label);
    },
    group: (...args: unknown[]) => {
      if (args.length > 0) write('log', args);
      indent += '  ';
    },
    groupCollapsed: (...args: unknown[]) => sandboxConsole.group(...args),
    groupEnd: () => {
      indent = indent.slice(2);
    },
    clear: () => undefined,
    profile: () => undefined,
    profileEnd: () => undefined,
    timeStamp: () => undefined,
  };
  return sandboxConsole as unknown as Console;
}
