/**
 * Adafruit credentials. Shape: `aio_` + 28 base62 (XCHK: KF adafruitio.yml).
 */
import { B62, bodyHasOneCharacterClass, type Detector, lacksLetterAndDigit, token } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'adafruit.io-key',
    title: 'Adafruit IO key',
    // Adafruit IO keys: `aio_` + 28 base62. `aio_` function names are words, hence the class check.
    prefix: 'aio_',
    alphabet: B62,
    length: 28,
    post: [lacksLetterAndDigit, bodyHasOneCharacterClass('aio_')],
    guide: {
      grants: 'Reads and writes every feed, dashboard and trigger of the Adafruit IO account (the IoT data the devices publish).',
      revoke: 'io.adafruit.com → My Key → Regenerate key (devices using the old key stop publishing).',
      url: 'https://io.adafruit.com/',
    },
  }),
];
