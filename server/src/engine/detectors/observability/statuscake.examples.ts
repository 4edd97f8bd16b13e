/** Examples of the statuscake detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'statuscake.api-key': {
    positive: [
      `STATUSCAKE_API_KEY=«${fake(B62, 20, 'statuscake1')}»`,
      `credentials:\n  status_cake_token: "«${fake(B62, 20, 'statuscake2')}»"`,
      `const statusCakeSecret = '«${fake(B62, 20, 'statuscake3')}»';`,
    ],
    negative: [
      `STATUSCAKE_ACCOUNT_ID=${fake(B62, 20, 'statuscake4')}`,
      `STATUSCAKE_API_KEY=${fake(B62, 20, 'statuscake5')}${fake(B62, 6, 'tail')}`,
      `# StatusCake settings\nAPI_KEY=${fake(B62, 20, 'statuscake6')}`,
      `STATUSCAKE_API_KEY=xxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
