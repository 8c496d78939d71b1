import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars = {
  guide: [
    'overview',
    {
      type: 'category',
      label: 'Grants',
      collapsed: false,
      items: ['client-credentials', 'resource-owner-password', 'authorization-code'],
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
