/** Examples of the Scaleway detectors (test data: never imported by the runtime). */
import { fake, fakeUuid, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scaleway.secret-key': {
    positive: [
      `SCW_ACCESS_KEY=SCW${fake(UPPER_DIGITS, 17, 'scw')}\nSCW_SECRET_KEY=«${fakeUuid('scw')}»`,
      `provider "scaleway" {\n  secret_key = "«${fakeUuid('scw2')}»"\n}`,
    ],
    negative: [`SCW_DEFAULT_PROJECT_ID=${fakeUuid('proj')}`, 'SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000'],
  },
};
