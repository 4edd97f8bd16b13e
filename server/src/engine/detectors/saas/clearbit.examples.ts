/** Examples of the Clearbit secret detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'clearbit.secret-key': {
    positive: [
      `CLEARBIT_SECRET_KEY=«sk_${fake(HEX, 32, 'clea0a')}»`,
      `{ "clearbit_secret_key": "«sk_${fake(HEX, 32, 'clea0b')}»" }`,
      `const clearbitSecretKey = '«sk_${fake(HEX, 32, 'clea0d')}»';`,
    ],
    negative: [
      `CLEARBIT_SECRET_KEY=sk_${fake(HEX, 24, 'clea0c')}`,
      `CLEARBIT_SECRET_KEY=sk_00000000000000000000000000000000`,
      `CLEARBIT_SECRET_KEY=${'$'}{CLEARBIT_SECRET_KEY}`,
      `CLEARBIT_ACCOUNT_ID=sk_${fake(HEX, 32, 'clea0e')}`,
      `CLEARBIT_PUBLISHABLE_KEY=pk_${fake(HEX, 32, 'cbpk')}`,
    ],
  },
};
