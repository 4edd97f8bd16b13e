/** Examples of the Confluent detectors (test data: never imported by the runtime). */
import { alphabet, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'confluent.api-secret': {
    positive: [
      `CONFLUENT_API_KEY=${fake(alphabet('A-Z0-9'), 16, 'ck3')}\nCONFLUENT_API_SECRET=«${fake(alphabet('A-Za-z0-9+/'), 64, 'cs3')}»`,
    ],
    negative: ['CONFLUENT_API_SECRET=${CONFLUENT_API_SECRET}', `CONFLUENT_API_KEY=${fake(alphabet('A-Z0-9'), 16, 'ck4')}`],
  },
  'confluent.api-key-pair': {
    positive: [
      `# Confluent Cloud service account\n@sasl {:plain, "${fake(alphabet('A-Z0-9'), 16, 'ckp')}",\n       "«${fake(alphabet('A-Za-z0-9+/'), 64, 'csp')}»"}`,
    ],
    negative: [`kafka sasl {:plain, "${fake(alphabet('A-Z'), 16, 'ckn')}", "${'a'.repeat(64)}"}`],
  },
};
