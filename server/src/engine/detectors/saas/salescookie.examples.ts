/** Examples of the salescookie detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'salescookie.api-key': {
    positive: [
      `SALESCOOKIE_API_KEY=«${fake(B62, 32, 'salescookie1')}»`,
      `credentials:\n  sales_cookie_token: "«${fake(B62, 32, 'salescookie2')}»"`,
      `const salesCookieSecret = '«${fake(B62, 32, 'salescookie3')}»';`,
    ],
    negative: [
      `SALESCOOKIE_ACCOUNT_ID=${fake(B62, 32, 'salescookie4')}`,
      `SALESCOOKIE_API_KEY=${fake(B62, 32, 'salescookie5')}${fake(B62, 6, 'tail')}`,
      `# Salescookie settings\nAPI_KEY=${fake(B62, 32, 'salescookie6')}`,
      `SALESCOOKIE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
