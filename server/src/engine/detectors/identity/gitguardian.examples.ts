/** Examples of the gitguardian detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'gitguardian.api-key': {
    positive: [`GITGUARDIAN_API_KEY=«${fake(B62, 69, 'gg')}»`],
    negative: ['GITGUARDIAN_API_KEY=${GITGUARDIAN_API_KEY}', 'GITGUARDIAN_API_URL=https://api.gitguardian.com'],
  },
};
