/** Examples of the protocolsio detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'protocolsio.api-key': {
    positive: [
      `PROTOCOLS_IO_TOKEN=«${fake(LOWER_DIGITS, 64, 'protoc1')}»`,
      `protocols_io_token: «${fake(LOWER_DIGITS, 64, 'protoc2')}»`,
      `const protocolsIoToken = '«${fake(LOWER_DIGITS, 64, 'protoc3')}»';`,
    ],
    negative: [
      `PROTOCOLS_IO_TOKEN=${fake(LOWER_DIGITS, 60, 'short')}`,
      'PROTOCOLS_IO_TOKEN=your_protocolsio_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 64, 'protocn')}`,
      'PROTOCOLS_IO_TOKEN=${PROTOCOLS_IO_TOKEN}',
    ],
  },
};
