import MDXComponents from '@theme-original/MDXComponents';
import Snippet from '@site/src/components/Snippet';

/** Components every MDX page can use without importing them. */
export default {
  ...MDXComponents,
  Snippet,
};
