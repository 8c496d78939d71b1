import { useMemo } from 'react';
import { languageOf } from '@site/languages';
import type { Recording } from '@site/sandbox/runner/core/Recording';
import CopyButton from '@site/src/components/CopyButton';
import { describeOutcome, RunRecord } from '@site/src/components/LiveRunner/OutputPanel';
import outputStyles from '@site/src/components/LiveRunner/styles.module.css';
import { replayRecording } from './replayRecording';
import styles from './styles.module.css';

export { loadRecording } from './loadRecording';

const recordedAtFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "on 7 Dec 2026, 06:46 UTC at commit c4ed1f0" */
function Provenance({ recording }: { recording: Recording }) {
  const { recordedAt, commit, uncommitted } = recording;
  return (
    <>
      on <time dateTime={recordedAt}>{recordedAtFormat.format(new Date(recordedAt))} UTC</time>
      {commit ? (
        <>
          {uncommitted ? ', from this code on top of commit ' : ' at commit '}
          <code>{commit}</code>
        </>
      ) : null}
    </>
  );
}

/** The two commands that run this snippet as CI did, each with a copy button. */
function RunLocally({ id, language }: { id: string; language: string }) {
  const commands = [
    { text: 'npm run mock-server', what: 'the mock OAuth server, on http://127.0.0.1:4010' },
    {
      text: `npm run run-snippet -- ${id} --language ${language}`,
      what: 'this snippet against it, compiled and run as CI runs it',
    },
  ];
  return (
    <div className={styles.runLocally}>
      <p className={styles.runLocallyTitle}>
        Run it yourself from a checkout of this site, in two terminals:
      </p>
      <ol className={styles.commands}>
        {commands.map(({ text, what }) => (
          <li key={text}>
            <span className={styles.commandWhat}>{what}</span>
            <span className={styles.command}>
              <code>{text}</code>
              <CopyButton text={text} label={`Copy ${text}`} />
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export interface RecordedOutputProps {
  recording: Recording;
  /** Why this tab shows a recording rather than a Run button, in one sentence. */
  reason: string;
}

/**
 * The Output of a run CI recorded from this exact code (scripts/check-snippets/recording/): the
 * same console, HTTP inspector and flow view as a live run, built by the live run's reducer from
 * the recorded events, under a label that says it is a recording, when and from which commit.
 */
export default function RecordedOutput({ recording, reason }: RecordedOutputProps) {
  const state = useMemo(() => replayRecording(recording), [recording]);
  const failed = recording.outcome.kind !== 'ok';
  return (
    <section className={outputStyles.output} aria-label="Output" data-recorded="">
      <div className={styles.header}>
        <p className={styles.title}>
          <span className={styles.badge}>Recorded run of this code</span>{' '}
          <span className={failed ? outputStyles.statusFailed : undefined}>
            {describeOutcome(recording.outcome)}
          </span>
        </p>
        <p className={styles.provenance}>
          {reason} Recorded by <code>npm run check-snippets</code> against the mock server{' '}
          <Provenance recording={recording} />.
        </p>
      </div>
      <RunRecord state={state} />
      <RunLocally id={recording.snippet} language={languageOf(recording.language).key} />
    </section>
  );
}
