/** Examples of the finicity detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, fakeNumber as num, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'finicity.api-secret': {
    positive: [`FINICITY_PARTNER_SECRET=«${fake(B62, 20, 'fi1')}»`, `FINICITY_APP_KEY=«${fake(HEX, 32, 'fi2')}»`],
    negative: [`FINICITY_PARTNER_ID=${num(13, 'fi3')}`, 'FINICITY_APP_KEY=<app-key>'],
  },
};
