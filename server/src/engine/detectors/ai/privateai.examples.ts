/** Examples of the privateai detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'privateai.api-key': {
    positive: [
      `PRIVATE_AI_API_KEY=«${fake(HEX, 32, 'privat1')}»`,
      `private_ai_api_key: «${fake(HEX, 32, 'privat2')}»`,
      `const privateAiApiKey = '«${fake(HEX, 32, 'privat3')}»';`,
    ],
    negative: [
      `PRIVATE_AI_API_KEY=${fake(HEX, 40, 'long')}`,
      'PRIVATE_AI_API_KEY=your_privateai_api_key',
      `API_KEY=${fake(HEX, 32, 'privatn')}`,
      `PRIVATE_AIRTABLE_API_KEY=${fake(HEX, 32, 'airtable')}`,
    ],
  },
};
