/** Examples of the secret-token URI detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rfc8959.secret-token': {
    positive: [`API_TOKEN=«secret-token:${fake(B62, 32, 'rf1')}»`, `"token": "«secret-token:${fake(B64URL, 40, 'rf2')}»"`],
    negative: [
      'secret-token:E92FB7EB-D882-47A4-A265-A0B6135DC842%20foo',
      'The secret-token: URI scheme is defined in RFC 8959.',
      'secret-token:${TOKEN}',
    ],
  },
};
