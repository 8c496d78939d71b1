import clsx from 'clsx';
import type { ExchangeView } from '@site/sandbox/runner/core/protocol';
import { ExchangeDetails } from '@site/src/components/LiveRunner/HttpInspector';
import { flowSteps, lanes, type FlowStep } from './flowSteps';
import styles from './styles.module.css';

/** Short lane names for the header (the full names are in each step's text). */
const laneTitles = ['App', 'Browser', 'Auth server', 'API'];

function Arrow({ step }: { step: FlowStep }) {
  const from = lanes.indexOf(step.from);
  const to = lanes.indexOf(step.to);
  const left = Math.min(from, to);
  const right = Math.max(from, to);
  return (
    <span
      aria-hidden="true"
      className={clsx(styles.arrow, to < from && styles.leftward, step.failed && styles.failed)}
      // Lane centres sit at 12.5 %, 37.5 %, 62.5 % and 87.5 % of the row.
      style={{ left: `${left * 25 + 12.5}%`, width: `${(right - left) * 25}%` }}
    />
  );
}

/**
 * A run as a sequence diagram: the four participants as lanes, one arrow per step, each step
 * labelled (authorization request, consent, redirect with code, code exchange, refresh, API call)
 * and expandable to its HTTP exchange. Plain HTML and CSS: a list a screen reader reads in order.
 */
export default function FlowView({ exchanges }: { exchanges: ExchangeView[] }) {
  const steps = flowSteps(exchanges);
  return (
    <details className={styles.flow} open>
      <summary className={styles.summary}>
        Flow ({steps.length} {steps.length === 1 ? 'step' : 'steps'})
      </summary>
      {steps.length === 0 ? (
        <p className={styles.muted}>No requests yet.</p>
      ) : (
        <>
          <div className={styles.lanes} aria-hidden="true">
            {laneTitles.map((title) => (
              <span key={title}>{title}</span>
            ))}
          </div>
          <ol className={styles.steps} aria-label="Flow steps">
            {steps.map((step) => (
              <li key={step.key} className={styles.step}>
                <details>
                  <summary className={styles.stepSummary}>
                    <span className={styles.label}>
                      <span className={styles.stepName}>{step.label}</span>
                      <span className={styles.direction}>
                        {' '}
                        {step.from} → {step.to}
                        {step.outcome ? `: ${step.outcome}` : ''}
                      </span>
                    </span>
                    <span className={styles.track}>
                      <Arrow step={step} />
                    </span>
                  </summary>
                  <ExchangeDetails exchange={step.exchange} />
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
