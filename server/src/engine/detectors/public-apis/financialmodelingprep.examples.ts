/** Examples of the Financial Modeling Prep detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'financialmodelingprep.api-key': {
    positive: [
      `FINANCIALMODELINGPREP_API_KEY=«${fakeMixed(B62, 32, 'fina0a')}»`,
      `{ "financialmodelingprep_api_key": "«${fakeMixed(B62, 32, 'fina0b')}»" }`,
      `const financialmodelingprepApiKey = '«${fakeMixed(B62, 32, 'fina0d')}»';`,
    ],
    negative: [
      `FINANCIALMODELINGPREP_API_KEY=${fake(B62, 28, 'fina0c')}`,
      `FINANCIALMODELINGPREP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `FINANCIALMODELINGPREP_API_KEY=${'$'}{FINANCIALMODELINGPREP_API_KEY}`,
      `FINANCIALMODELINGPREP_ACCOUNT_ID=${fakeMixed(B62, 32, 'fina0e')}`,
    ],
  },
};
