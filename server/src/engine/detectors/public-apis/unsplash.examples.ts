/** Examples of the unsplash detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'unsplash.secret-key': {
    positive: [`UNSPLASH_SECRET_KEY=«${fake(B64URL, 43, 'un')}»`],
    negative: [`UNSPLASH_ACCESS_KEY=${fake(B64URL, 43, 'unk')}`],
  },
};
