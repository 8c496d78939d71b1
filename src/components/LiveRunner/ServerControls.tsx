import { useEffect, useId, useState } from 'react';
import type { ScenarioView } from '@site/sandbox/runner/core/protocol';
import { onScenarios, scenarioList } from '@site/sandbox/runner/host/RunnerHost';
import type { RunHandle } from '@site/sandbox/runner/host/RunnerHost';
import { updateServerSettings, useServerSettings } from './serverSettings';
import styles from './styles.module.css';

const lifetimes = [
  { seconds: 60, label: '1 minute' },
  { seconds: 300, label: '5 minutes' },
  { seconds: 3600, label: '1 hour (default)' },
];

/** +5 min, +1 h and "Expire tokens": act on the running snippet's sandbox clock and server. */
export function ClockControls({ run, running }: { run: RunHandle | undefined; running: boolean }) {
  const disabled = !running || !run;
  const hint = running ? undefined : 'Works while a run is in progress';
  return (
    <div className={styles.clock} role="group" aria-label="Sandbox clock">
      <button
        type="button"
        className="button button--sm button--outline button--secondary"
        disabled={disabled}
        title={hint ?? 'Move the sandbox clock 5 minutes ahead'}
        onClick={() => run?.advanceClock(300)}>
        +5 min
      </button>
      <button
        type="button"
        className="button button--sm button--outline button--secondary"
        disabled={disabled}
        title={hint ?? 'Move the sandbox clock 1 hour ahead'}
        onClick={() => run?.advanceClock(3600)}>
        +1 h
      </button>
      <button
        type="button"
        className="button button--sm button--outline button--secondary"
        disabled={disabled}
        title={hint ?? 'Make the mock server treat every access token issued so far as expired'}
        onClick={() => run?.expireTokens()}>
        Expire tokens
      </button>
    </div>
  );
}

function useScenarios(): ScenarioView[] | undefined {
  const [scenarios, setScenarios] = useState(scenarioList);
  useEffect(() => onScenarios((info) => setScenarios(info.scenarios)), []);
  return scenarios;
}

/** Failure scenarios and token lifetime of the mock server; kept for the session. */
export function ServerSettingsPanel({
  run,
  running,
}: {
  run: RunHandle | undefined;
  running: boolean;
}) {
  const settings = useServerSettings();
  const scenarios = useScenarios();
  const lifetimeId = useId();
  const active = Object.values(settings.scenarios).filter(Boolean).length;
  return (
    <details className={styles.settings}>
      <summary className={styles.panelSummary}>
        Mock server settings
        {active > 0 ? ` (${active} failure scenario${active === 1 ? '' : 's'} on)` : ''}
      </summary>
      <div className={styles.settingsBody}>
        <fieldset className={styles.scenarios}>
          <legend>Failure scenarios</legend>
          {scenarios === undefined ? <p className={styles.muted}>Loading…</p> : null}
          {scenarios?.map((scenario) => (
            <label key={scenario.name} className={styles.scenario}>
              <input
                type="checkbox"
                checked={Boolean(settings.scenarios[scenario.name])}
                onChange={(event) => {
                  const enabled = event.target.checked;
                  updateServerSettings((current) => ({
                    ...current,
                    scenarios: { ...current.scenarios, [scenario.name]: enabled },
                  }));
                  if (running) run?.setScenario(scenario.name, enabled);
                }}
              />{' '}
              <span>
                {scenario.label}
                {scenario.description ? (
                  <span className={styles.muted}> — {scenario.description}</span>
                ) : null}
              </span>
            </label>
          ))}
        </fieldset>
        <label htmlFor={lifetimeId} className={styles.lifetime}>
          Access token lifetime{' '}
          <select
            id={lifetimeId}
            value={settings.tokenLifetimeSeconds ?? 3600}
            onChange={(event) => {
              const seconds = Number(event.target.value);
              updateServerSettings((current) => ({ ...current, tokenLifetimeSeconds: seconds }));
            }}>
            {lifetimes.map((lifetime) => (
              <option key={lifetime.seconds} value={lifetime.seconds}>
                {lifetime.label}
              </option>
            ))}
          </select>
        </label>
        <p className={styles.muted}>
          Settings apply from the next run, scenarios also to a run in progress.
        </p>
      </div>
    </details>
  );
}
