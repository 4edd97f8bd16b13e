/** Examples of the qubole detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'qubole.api-key': {
    positive: [
      `QUBOLE_API_KEY=«${fake(LOWER_DIGITS, 64, 'qubole1')}»`,
      `qubole_api_key: «${fake(LOWER_DIGITS, 64, 'qubole2')}»`,
      `const quboleApiKey = '«${fake(LOWER_DIGITS, 64, 'qubole3')}»';`,
    ],
    negative: [
      `QUBOLE_API_KEY=${fake(LOWER_DIGITS, 60, 'short')}`,
      'QUBOLE_API_KEY=your_qubole_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 64, 'qubolen')}`,
      'QUBOLE_API_KEY=${QUBOLE_API_KEY}',
    ],
  },
};
