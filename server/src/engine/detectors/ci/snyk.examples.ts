/** Examples of the Snyk detectors (test data: never imported by the runtime). */
import { fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'snyk.api-token': {
    positive: [`SNYK_TOKEN=«${fakeUuid('snyk1')}»`, `    env:\n      SNYK_TOKEN: «${fakeUuid('snyk2')}»`],
    negative: [
      `SNYK_ORG_ID=${fakeUuid('org')}`,
      'SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}',
      'SNYK_TOKEN=00000000-0000-0000-0000-000000000000',
    ],
  },
};
