/** Examples of the xendit detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'xendit.secret-key': {
    positive: [
      `XENDIT_SECRET_KEY=«xnd_production_${fake(B62, 60, 'xn1')}»`,
      `Xendit.init({ secretKey: '«xnd_development_${fake(B62, 60, 'xn2')}»' });`,
    ],
    negative: [`XENDIT_PUBLIC_KEY=xnd_public_production_${fake(B62, 60, 'xn3')}`, 'XENDIT_SECRET_KEY=xnd_production_<key>'],
  },
};
