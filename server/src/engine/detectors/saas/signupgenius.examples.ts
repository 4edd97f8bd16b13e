/** Examples of the signupgenius detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'signupgenius.api-key': {
    positive: [
      `SIGNUPGENIUS_API_KEY=«${fake(B62, 32, 'signupgenius1')}»`,
      `credentials:\n  sign_up_genius_token: "«${fake(B62, 32, 'signupgenius2')}»"`,
      `const signUpGeniusSecret = '«${fake(B62, 32, 'signupgenius3')}»';`,
    ],
    negative: [
      `SIGNUPGENIUS_ACCOUNT_ID=${fake(B62, 32, 'signupgenius4')}`,
      `SIGNUPGENIUS_API_KEY=${fake(B62, 32, 'signupgenius5')}${fake(B62, 6, 'tail')}`,
      `# SignUpGenius settings\nAPI_KEY=${fake(B62, 32, 'signupgenius6')}`,
      `SIGNUPGENIUS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
