/** Examples of the Mandrill detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mandrill.api-key': {
    positive: [`MANDRILL_API_KEY=«md-${fake(B64URL, 22, 'md1')}»`, `mandrill_key: "«${fake(B62, 22, 'md2')}»"`],
    negative: ['MANDRILL_API_KEY=your_mandrill_key', 'MANDRILL_API_KEY=${MANDRILL_API_KEY}'],
  },
};
