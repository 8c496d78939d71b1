import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { grantIds } from './snippets/grants';

const sidebars = {
  guide: [
    'overview',
    {
      type: 'category',
      label: 'Grants',
      collapsed: false,
      // Each grant's page has the grant's id as its doc id.
      items: [...grantIds],
    },
    {
      type: 'category',
      label: 'Managing tokens',
      collapsed: false,
      items: ['tokens-automatically', 'tokens-explicitly'],
    },
    'errors',
  ],
} satisfies SidebarsConfig;

export default sidebars;
