/** Examples of the Docparser detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'docparser.api-key': {
    positive: [
      `DOCPARSER_API_KEY=«${fake(HEX, 40, 'docp0a')}»`,
      `{ "docparser_api_key": "«${fake(HEX, 40, 'docp0b')}»" }`,
      `const docparserApiKey = '«${fake(HEX, 40, 'docp0d')}»';`,
    ],
    negative: [
      `DOCPARSER_API_KEY=${fake(HEX, 36, 'docp0c')}`,
      `DOCPARSER_API_KEY=0000000000000000000000000000000000000000`,
      `DOCPARSER_API_KEY=${'$'}{DOCPARSER_API_KEY}`,
      `DOCPARSER_ACCOUNT_ID=${fake(HEX, 40, 'docp0e')}`,
    ],
  },
};
