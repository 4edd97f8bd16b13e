/** Examples of the flutterwave detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'flutterwave.secret-key': {
    positive: [`FLW_SECRET_KEY=«FLWSECK-${fake(HEX, 32, 'fw1')}-X»`, `secretKey: "«FLWSECK_TEST-${fake(HEX, 32, 'fw2')}-X»"`],
    negative: [`FLW_PUBLIC_KEY=FLWPUBK-${fake(HEX, 32, 'fw3')}-X`, 'FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'],
  },
  'flutterwave.encryption-key': {
    positive: [`FLW_ENCRYPTION_KEY=«FLWSECK_TEST${fake(HEX, 12, 'fe1')}»`, `FLW_ENCRYPTION_KEY=«FLWSECK${fake(HEX, 12, 'fe2')}»`],
    negative: ['FLW_ENCRYPTION_KEY=FLWSECK_TEST<key>', `FLW_SECRET_KEY=FLWSECK-${fake(HEX, 32, 'fe3')}-X`],
  },
};
