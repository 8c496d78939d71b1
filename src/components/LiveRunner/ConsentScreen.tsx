import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  consentPageDocument,
  consentPagePolicy,
} from '@site/sandbox/runner/host/consentPageDocument';
import type { ConsentView } from '@site/sandbox/runner/core/protocol';
import styles from './styles.module.css';

export interface ConsentScreenProps {
  request: ConsentView;
  onDecide: (decision: 'approve' | 'deny') => void;
}

/**
 * The mock authorization server's consent screen, rendered from the structured request (client,
 * scopes, redirect URI). The server's own HTML is available behind a disclosure, in a sandboxed
 * iframe with no scripts and no form submission, under a policy that loads nothing
 * (`consentPageDocument.ts`): the HTML comes from the worker, which runs the reader's code.
 */
export default function ConsentScreen({ request, onDecide }: ConsentScreenProps) {
  const titleId = useId();
  const titleRef = useRef<HTMLParagraphElement>(null);
  const [showHtml, setShowHtml] = useState(false);
  const client = request.clientName ?? request.clientId;
  const pageDocument = useMemo(
    () => (showHtml && request.html ? consentPageDocument(request.html) : undefined),
    [showHtml, request.html],
  );

  useEffect(() => {
    // The run is waiting for the reader: take them there (the title is focusable, not a button,
    // so a stray Enter cannot approve).
    titleRef.current?.focus({ preventScroll: false });
  }, []);

  return (
    <div className={styles.consent} role="group" aria-labelledby={titleId}>
      <p id={titleId} ref={titleRef} tabIndex={-1} className={styles.consentTitle}>
        Authorize {client}
      </p>
      <p className={styles.consentLead}>
        The mock authorization server asks the demo user: <strong>{client}</strong>
        {request.clientName ? (
          <>
            {' '}
            (client <code>{request.clientId}</code>)
          </>
        ) : null}{' '}
        would like to:
      </p>
      <ul className={styles.consentScopes}>
        {request.scopes.map((scope) => (
          <li key={scope.name}>
            <code>{scope.name}</code>
            {scope.description ? `: ${scope.description}` : null}
          </li>
        ))}
        {request.scopes.length === 0 ? <li>the server&apos;s default access</li> : null}
      </ul>
      <p className={styles.consentLead}>
        Your answer goes back to <code>{request.redirectUri}</code>
        {request.state ? (
          <>
            {' '}
            with state <code>{request.state}</code>
          </>
        ) : null}
        .
      </p>
      <div className={styles.consentActions}>
        <button
          type="button"
          className="button button--primary"
          onClick={() => onDecide('approve')}>
          Approve
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDecide('deny')}>
          Deny
        </button>
      </div>
      {request.html ? (
        <details
          className={styles.consentHtml}
          onToggle={(event) => setShowHtml((event.target as HTMLDetailsElement).open)}>
          <summary>The consent page as the server sent it</summary>
          {pageDocument !== undefined ? (
            <iframe
              title={`Consent page HTML from the mock server for ${client}`}
              sandbox=""
              // CSP Embedded Enforcement: the frame's document must hold to the policy too.
              {...{ csp: consentPagePolicy }}
              srcDoc={pageDocument}
              className={styles.consentFrame}
            />
          ) : null}
        </details>
      ) : null}
    </div>
  );
}
