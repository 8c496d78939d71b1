import clsx from 'clsx';
import { useDeferredValue } from 'react';
import { capText } from '@site/sandbox/runner/core/outputCaps';
import type { RunHandle, HostOutcome } from '@site/sandbox/runner/host/RunnerHost';
import FlowView from '@site/src/components/FlowView';
import ConsentScreen from './ConsentScreen';
import HttpInspector from './HttpInspector';
import { maxLines, type RunState } from './runState';
import { ClockControls, ServerSettingsPanel } from './ServerControls';
import styles from './styles.module.css';

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** One sentence for the status line, announced politely to screen readers. */
function statusText(state: RunState): string {
  if (state.phase === 'running') {
    return state.consent ? 'Waiting for your answer on the consent screen…' : 'Running…';
  }
  const outcome = state.outcome;
  if (!outcome) return 'Press Run to run the code.';
  return describeOutcome(outcome);
}

/**
 * The status line is a live region, read out whole by screen readers: it carries the start of a
 * message; the console below has the full text (itself capped by the worker).
 */
const statusChars = 500;

export function describeOutcome(outcome: HostOutcome): string {
  return capText(describeFullOutcome(outcome), statusChars);
}

function describeFullOutcome(outcome: HostOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return `Finished in ${seconds(outcome.durationMs)}.`;
    case 'syntax-error':
      return `Syntax error on line ${outcome.line}, column ${outcome.column}: ${outcome.message}. Nothing ran.`;
    case 'error': {
      const { error } = outcome;
      const code = error.oauthError ?? error.code;
      const where = error.line ? ` on line ${error.line}` : '';
      // An exit has no error name (it is not an exception in every language): "…: the program
      // exited with status 3".
      const name = error.name ? `${error.name}${code ? ` (${code})` : ''}${where}: ` : '';
      return `Failed after ${seconds(outcome.durationMs)}: ${name}${error.message}`;
    }
    case 'stopped':
      return 'Stopped.';
    case 'timeout':
      return `Stopped after ${outcome.limitMs / 1000} s: the run took too long. Look for a loop that never ends or a promise that never settles.`;
    case 'crashed':
      return `The runner stopped unexpectedly: ${outcome.message}. Press Run to try again.`;
  }
}

function isFailure(outcome: HostOutcome | undefined): boolean {
  return outcome !== undefined && outcome.kind !== 'ok' && outcome.kind !== 'stopped';
}

export interface OutputPanelProps {
  state: RunState;
  run: RunHandle | undefined;
  onConsent: (decision: 'approve' | 'deny') => void;
}

/**
 * The Output region: status, consent screen, console, returned value, HTTP traffic and its flow,
 * settings.
 */
export default function OutputPanel({ state, run, onConsent }: OutputPanelProps) {
  const running = state.phase === 'running';
  const outcome = state.outcome;
  // Before the first run: only the status and the server settings to try first. The same
  // elements stay in the same places in every phase and across runs, so settings the reader
  // opened stay open when a run starts; each run's record is keyed by the run.
  const started = state.phase !== 'idle';
  return (
    // data-run: which run this shows (tests wait for a new one after pressing Run).
    <section className={styles.output} aria-label="Output" data-run={state.runNumber}>
      <div className={styles.outputHeader}>
        <p
          role="status"
          className={clsx(styles.runStatus, isFailure(outcome) && !running && styles.statusFailed)}>
          {statusText(state)}
        </p>
        {started ? <ClockControls run={run} running={running} /> : null}
      </div>

      {state.consent ? (
        // Keys unique among this element's children: the run record beside it is keyed too.
        <ConsentScreen
          key={`consent-${state.consent.id}`}
          request={state.consent.request}
          onDecide={onConsent}
        />
      ) : null}

      {started ? <RunRecord key={`run-${state.runNumber}`} state={state} /> : null}
      <ServerSettingsPanel run={run} running={running} />
    </section>
  );
}

/**
 * One run's record: console, returned value, HTTP traffic and its flow. Keyed by the run, so a
 * new run starts with a clean record (and closed inspector entries) while the panel around it,
 * with the reader's open settings, stays as it is. A recorded run (RecordedRun) shows the same.
 */
export function RunRecord({ state }: { state: RunState }) {
  const outcome = state.outcome;
  // The console first: the HTTP inspector and the flow view follow in a render React may
  // interrupt, so drawing a request never holds up the console line that comes right after it.
  const timeline = useDeferredValue(state.timeline);
  return (
    <>
      {outcome?.kind === 'syntax-error' ? (
        <pre className={styles.codeFrame} aria-label="Where the syntax error is">
          {outcome.frame}
        </pre>
      ) : null}

      {/* Scrolls past 24rem: focusable so the keyboard can scroll it. */}
      <div className={styles.console} role="log" aria-label="Console" tabIndex={0}>
        {state.lines.map((line, index) => (
          <div
            key={index}
            className={clsx(styles.line, styles[`level-${line.level}`])}
            data-level={line.level}>
            {line.text}
          </div>
        ))}
        {state.lines.length === 0 &&
        state.phase === 'finished' &&
        outcome?.kind !== 'syntax-error' ? (
          <div className={styles.muted}>No console output.</div>
        ) : null}
      </div>
      {state.dropped > 0 ? (
        <p className={styles.truncated}>
          … {state.dropped.toLocaleString('en')} more {state.dropped === 1 ? 'line' : 'lines'} not
          shown: the Output keeps the first {maxLines.toLocaleString('en')}.
        </p>
      ) : null}

      {outcome?.kind === 'ok' && outcome.result !== undefined ? (
        <div className={styles.result}>
          <span className={styles.resultLabel}>Returned</span>
          <pre>{outcome.result}</pre>
        </div>
      ) : null}

      <HttpInspector timeline={timeline} />
      <FlowView
        exchanges={timeline.flatMap((item) => (item.type === 'http' ? [item.exchange] : []))}
      />
    </>
  );
}
