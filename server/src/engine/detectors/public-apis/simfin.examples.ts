/** Examples of the simfin detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'simfin.api-key': {
    positive: [
      `SIMFIN_API_KEY=«${fake(B62, 32, 'simfin1')}»`,
      `credentials:\n  simfin_token: "«${fake(B62, 32, 'simfin2')}»"`,
      `const simfinSecret = '«${fake(B62, 32, 'simfin3')}»';`,
    ],
    negative: [
      `SIMFIN_ACCOUNT_ID=${fake(B62, 32, 'simfin4')}`,
      `SIMFIN_API_KEY=${fake(B62, 32, 'simfin5')}${fake(B62, 6, 'tail')}`,
      `# SimFin settings\nAPI_KEY=${fake(B62, 32, 'simfin6')}`,
      `SIMFIN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
