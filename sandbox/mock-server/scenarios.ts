/**
 * Failure scenarios a reader can switch on to see how the SDK copes.
 *
 * @example
 * ```ts
 * for (const { name, label } of SCENARIOS) console.log(name, label);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export const SCENARIOS = [
  {
    name: 'rejectClient',
    label: 'Server rejects the client',
    description: 'The token endpoint answers 401 invalid_client to every client.',
  },
  {
    name: 'revokeRefreshToken',
    label: 'Refresh tokens revoked',
    description: 'Every refresh_token grant answers invalid_grant, as if the user revoked access.',
  },
  {
    name: 'apiUnauthorizedOnce',
    label: 'API answers 401 once',
    description:
      'The next API call that carries a token gets 401 invalid_token; the scenario then switches itself off.',
  },
  {
    name: 'slowServer',
    label: 'Slow token endpoint',
    description: 'The token endpoint waits about 1.5 seconds before answering.',
  },
] as const;

/**
 * Name of a failure scenario.
 *
 * @example
 * ```ts
 * const name: ScenarioName = 'revokeRefreshToken';
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export type ScenarioName = (typeof SCENARIOS)[number]['name'];

/**
 * A scenario as a UI lists it.
 *
 * @example
 * ```ts
 * const on: ScenarioInfo[] = control.scenarios.filter((scenario) => scenario.enabled);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export interface ScenarioInfo {
  name: ScenarioName;
  label: string;
  description: string;
  enabled: boolean;
}

export function isScenarioName(name: string): name is ScenarioName {
  return SCENARIOS.some((scenario) => scenario.name === name);
}
