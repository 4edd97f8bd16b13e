/** Examples of the Adafruit detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'adafruit.io-key': {
    positive: [`ADAFRUIT_IO_KEY=«aio_${fakeMixed(B62, 28, 'adaf0a')}»`, `{ "adafruit_io_key": "«aio_${fakeMixed(B62, 28, 'adaf0b')}»" }`],
    negative: [`ADAFRUIT_IO_KEY=aio_${fake(B62, 24, 'adaf0c')}`, `ADAFRUIT_IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx`],
  },
};
