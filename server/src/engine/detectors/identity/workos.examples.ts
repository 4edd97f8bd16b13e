/** Examples of the workos detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'workos.api-key': {
    positive: [`WORKOS_API_KEY=«sk_live_${fake(B62, 64, 'workos')}»`],
    negative: ['WORKOS_API_KEY=${WORKOS_API_KEY}', `WORKOS_CLIENT_ID=client_${fake(UPPER_DIGITS, 26, 'wos-id')}`],
  },
};
