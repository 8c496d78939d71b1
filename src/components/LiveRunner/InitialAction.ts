/**
 * What the runner does when it first mounts: the reader's first action on the static view (Run,
 * Edit), `restore` an edit kept from earlier in the session, or nothing. Its own file so that
 * the page's shell (index.tsx) and the lazily loaded runner (RunnerApp.tsx) share it without
 * importing each other.
 */
export type InitialAction = 'run' | 'edit' | 'restore' | null;
