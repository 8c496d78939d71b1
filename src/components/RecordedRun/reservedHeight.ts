import type { Recording } from '@site/sandbox/runner/core/Recording';

/**
 * The height, in CSS pixels, a recorded run's Output will take: on a phone (a 375 px screen) and
 * in a desktop's article column. Its placeholder takes it while the recording loads, so the run
 * appears in place instead of pushing the page below it down by up to 1,600 px.
 */
export interface ReservedHeight {
  narrow: number;
  wide: number;
}

/**
 * Each part of the Output as measured in Chromium (e2e/recordedRuns.spec.ts holds the estimate to
 * the real Output): fixed parts in pixels, text by how many characters fit a row before it wraps
 * (URLs and commands break only at some characters, so fewer than the width would hold).
 */
const layouts = {
  narrow: {
    header: 146,
    consoleBase: 7,
    consoleRow: 25.3,
    consoleChars: 36,
    inspectorEmpty: 66,
    inspectorBase: 56,
    exchange: 26.2,
    exchangeRow: 44.2,
    exchangeChars: 64,
    flowBase: 71,
    step: 53,
    /** The two commands to run it yourself: their height by the length of the second. */
    commands: (length: number) => (length <= 72 ? 255 : length >= 79 ? 276 : 265),
  },
  wide: {
    header: 104,
    consoleBase: 18.5,
    consoleRow: 21.9,
    consoleChars: 70,
    inspectorEmpty: 66,
    inspectorBase: 49,
    exchange: 17.8,
    exchangeRow: 21.5,
    exchangeChars: 66,
    flowBase: 71,
    step: 36,
    commands: (length: number) => (length <= 76 ? 147 : 168),
  },
};

/** The Output's border, above and below. */
const frame = 2;

function estimate(recording: Recording, layout: (typeof layouts)[keyof typeof layouts]): number {
  const rows = (length: number, chars: number) => Math.max(1, Math.ceil(length / chars));
  let lines = 0;
  let exchanges = 0;
  let exchangeRows = 0;
  let redirects = 0;
  for (const event of recording.events) {
    if (event.kind === 'console') lines += rows(event.text.length, layout.consoleChars);
    if (event.kind === 'http') {
      const { method, url, status } = event.exchange;
      exchanges += 1;
      // The row reads "POST <url> 200 OK 43 ms": about 20 characters besides the method and URL.
      exchangeRows += rows(method.length + url.length + 20, layout.exchangeChars);
      // A redirect is a step of its own in the flow view (the browser carrying the code back).
      if (status === 302) redirects += 1;
    }
  }
  const consoleHeight = layout.consoleBase + layout.consoleRow * Math.max(1, lines);
  const inspector =
    exchanges === 0
      ? layout.inspectorEmpty
      : layout.inspectorBase + layout.exchange * exchanges + layout.exchangeRow * exchangeRows;
  const flow = layout.flowBase + layout.step * (exchanges + redirects);
  const command = `npm run run-snippet -- ${recording.snippet} --language ${recording.language}`;
  return Math.round(
    layout.header + consoleHeight + inspector + flow + layout.commands(command.length) + frame,
  );
}

/** What a recorded run's Output will take on a phone and on a desktop. */
export function reservedHeight(recording: Recording): ReservedHeight {
  return { narrow: estimate(recording, layouts.narrow), wide: estimate(recording, layouts.wide) };
}
