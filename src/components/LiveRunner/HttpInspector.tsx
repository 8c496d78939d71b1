import type { BodyView, ExchangeView } from '@site/sandbox/runner/core/protocol';
import type { TimelineItem } from './runState';
import styles from './styles.module.css';

function Fields({ title, fields }: { title: string; fields: [string, string][] | undefined }) {
  if (!fields || fields.length === 0) return null;
  return (
    <div className={styles.httpSection}>
      <p className={styles.httpSectionTitle}>{title}</p>
      <dl className={styles.httpFields}>
        {fields.map(([name, value], index) => (
          <div key={`${name}-${index}`}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function Body({ title, body }: { title: string; body: BodyView | undefined }) {
  if (!body) return null;
  return (
    <div className={styles.httpSection}>
      <p className={styles.httpSectionTitle}>
        {title}
        {body.kind === 'form' ? ' (form)' : body.kind === 'json' ? ' (JSON)' : ''}
      </p>
      {body.kind === 'form' ? (
        <dl className={styles.httpFields}>
          {body.fields.map(([name, value], index) => (
            <div key={`${name}-${index}`}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        // Scrollable, so keyboard users need to reach it (tabIndex) to scroll it.
        <pre className={styles.httpBody} tabIndex={0}>
          {body.text}
          {body.kind === 'text' && body.truncated ? '\n… (cut)' : ''}
        </pre>
      )}
    </div>
  );
}

/** The URL's query as name/value rows (already masked by the worker). */
function queryOf(url: string): [string, string][] | undefined {
  try {
    const parameters = [...new URL(url).searchParams];
    return parameters.length > 0 ? parameters : undefined;
  } catch {
    return undefined;
  }
}

function statusClass(exchange: ExchangeView): string | undefined {
  if (exchange.error) return styles.statusError;
  if (exchange.status === undefined) return styles.statusPending;
  if (exchange.status >= 400) return styles.statusError;
  if (exchange.status >= 300) return styles.statusRedirect;
  return styles.statusOk;
}

/** An exchange's query, headers and bodies; also shown by the flow view (FlowView). */
export function ExchangeDetails({ exchange }: { exchange: ExchangeView }) {
  return (
    <div className={styles.exchangeBody}>
      {exchange.error ? <p className={styles.exchangeError}>{exchange.error}</p> : null}
      <Fields title="Query parameters" fields={queryOf(exchange.url)} />
      <Fields title="Request headers" fields={exchange.requestHeaders} />
      <Body title="Request body" body={exchange.requestBody} />
      <Fields title="Response headers" fields={exchange.responseHeaders} />
      <Body title="Response body" body={exchange.responseBody} />
    </div>
  );
}

function Exchange({ exchange }: { exchange: ExchangeView }) {
  const status = exchange.error
    ? 'blocked'
    : exchange.status === undefined
      ? 'pending…'
      : `${exchange.status}${exchange.statusText ? ` ${exchange.statusText}` : ''}`;
  return (
    <details className={styles.exchange}>
      <summary>
        <span className={styles.method}>{exchange.method}</span>{' '}
        <span className={styles.url}>{exchange.url}</span>{' '}
        <span className={statusClass(exchange)}>{status}</span>
        {exchange.durationMs !== undefined ? (
          <span className={styles.duration}> {Math.round(exchange.durationMs)} ms</span>
        ) : null}
      </summary>
      <ExchangeDetails exchange={exchange} />
    </details>
  );
}

/**
 * Every HTTP exchange of the run, in order, with what the reader did to the clock and the server
 * in between. Secrets arrive masked from the worker.
 */
export default function HttpInspector({ timeline }: { timeline: TimelineItem[] }) {
  const exchanges = timeline.filter((item) => item.type === 'http').length;
  return (
    <details className={styles.inspector} open>
      <summary className={styles.panelSummary}>
        HTTP traffic ({exchanges} {exchanges === 1 ? 'exchange' : 'exchanges'})
      </summary>
      {timeline.length === 0 ? (
        <p className={styles.muted}>No requests yet.</p>
      ) : (
        <ol className={styles.timeline} aria-label="HTTP exchanges">
          {timeline.map((item) =>
            item.type === 'http' ? (
              <li key={`http-${item.exchange.id}`}>
                <Exchange exchange={item.exchange} />
              </li>
            ) : (
              <li key={`note-${item.id}`} className={styles.note}>
                {item.text}
              </li>
            ),
          )}
        </ol>
      )}
    </details>
  );
}
