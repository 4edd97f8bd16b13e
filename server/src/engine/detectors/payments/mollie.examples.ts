/** Examples of the mollie detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mollie.api-key': {
    positive: [
      `MOLLIE_API_KEY=«live_${fake(B62, 30, 'mo1')}»`,
      `$mollie = new \\Mollie\\Api\\MollieApiClient();\n$mollie->setAccessToken("«access_${fake(B62, 40, 'mo2')}»");`,
    ],
    negative: ['MOLLIE_API_KEY=live_<api-key>', `# mollie\nPROFILE_ID=pfl_${fake(B62, 10, 'mo3')}`],
  },
};
