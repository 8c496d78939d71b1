import { languages } from '@site/languages';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { grantDocPath, grants } from '@site/snippets/grants';
import styles from './index.module.css';

// Recommended grants first: a legacy grant is documented for existing integrations, not offered
// to a reader choosing one (the sort is stable, so the others keep the guide's order).
const pickable = [...grants].sort((a, b) => Number(a.legacy ?? false) - Number(b.legacy ?? false));

const languageNames = languages.map((language) => language.label);
/** The languages whose examples run in the page, e.g. "Python, Ruby, TypeScript, PHP and Go". */
const inPage = listed(languages.filter((language) => language.runsInPage).map((l) => l.label));
const recorded = listed(languages.filter((language) => !language.runsInPage).map((l) => l.label));

function listed(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export default function Home() {
  return (
    <Layout
      title="OAuth 2.0 in your SDK"
      description={`Every OAuth 2.0 grant and token operation in seven languages; the ${inPage} examples you edit and run in the page against a mock OAuth server.`}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            OAuth 2.0 in your SDK, one runnable example at a time
          </Heading>
          <p className={styles.lead}>
            Every grant and every token operation, in {listed(languageNames)}. The {inPage} examples
            run right here in your browser against a mock OAuth server: edit them, press{' '}
            <strong>Run</strong>, and watch the tokens and the HTTP traffic they cause. The{' '}
            {recorded} examples run in our CI against the same server.
          </p>
          <div className={styles.actions}>
            <Link
              className="button button--primary button--lg"
              to="/docs/client-credentials?sdk=typescript">
              Run your first example
            </Link>
            <Link className="button button--secondary button--lg" to="/docs">
              Read the overview
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2">Pick your grant</Heading>
        <ul className={styles.grants}>
          {pickable.map((grant) => (
            <li key={grant.id} className={styles.grant}>
              <Heading as="h3">
                <Link to={grantDocPath(grant.id)}>{grant.title}</Link>
              </Heading>
              <p>{grant.summary}</p>
            </li>
          ))}
        </ul>
        <p>
          Nothing you run leaves your browser: the examples talk to a mock authorization server and
          API that follow RFC 6749 and RFC 6750, unhappy paths included.
        </p>
      </main>
    </Layout>
  );
}
