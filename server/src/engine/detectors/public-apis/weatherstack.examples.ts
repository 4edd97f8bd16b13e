/** Examples of the weatherstack detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'weatherstack.api-key': {
    positive: [
      `WEATHERSTACK_API_KEY=«${fake(B62, 32, 'weatherstack1')}»`,
      `credentials:\n  weather_stack_token: "«${fake(B62, 32, 'weatherstack2')}»"`,
      `const weatherStackSecret = '«${fake(B62, 32, 'weatherstack3')}»';`,
    ],
    negative: [
      `WEATHERSTACK_ACCOUNT_ID=${fake(B62, 32, 'weatherstack4')}`,
      `WEATHERSTACK_API_KEY=${fake(B62, 32, 'weatherstack5')}${fake(B62, 6, 'tail')}`,
      `# weatherstack settings\nAPI_KEY=${fake(B62, 32, 'weatherstack6')}`,
      `WEATHERSTACK_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
