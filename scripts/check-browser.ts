// Fails fast, with one line, when no browser is available for the e2e tests.
import { findChromium } from '../e2e/chromium';

const choice = findChromium();
if (choice.kind === 'none') {
  console.error(choice.message);
  process.exit(1);
}
