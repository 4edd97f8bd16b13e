/** Examples of the frameio detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'frameio.token': {
    positive: [`FRAMEIO_TOKEN=«fio-u-${fake(B64URL, 64, 'fio')}»`],
    negative: [`fio-u-${fake(B64URL, 20, 'short')}`],
  },
};
