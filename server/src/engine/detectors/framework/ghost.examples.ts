/** Examples of the Ghost detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ghost.admin-api-key': {
    positive: [
      `const api = new GhostAdminAPI({\n  url: 'https://blog.acme.io',\n  key: '${fake(HEX, 24, 'gh1')}:«${fake(HEX, 64, 'gh2')}»',\n  version: 'v5.0'\n});`,
    ],
    negative: [`const api = new GhostContentAPI({ url: 'https://blog.acme.io', key: '${fake(HEX, 26, 'ghc')}' });`],
  },
};
