/** Examples of the tomtom detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'tomtom.api-key': {
    positive: [
      `TOMTOM_API_KEY=«${fake(B62, 32, 'tomtom1')}»`,
      `credentials:\n  tom_tom_token: "«${fake(B62, 32, 'tomtom2')}»"`,
      `const tomTomSecret = '«${fake(B62, 32, 'tomtom3')}»';`,
    ],
    negative: [
      `TOMTOM_ACCOUNT_ID=${fake(B62, 32, 'tomtom4')}`,
      `TOMTOM_API_KEY=${fake(B62, 32, 'tomtom5')}${fake(B62, 6, 'tail')}`,
      `# TomTom settings\nAPI_KEY=${fake(B62, 32, 'tomtom6')}`,
      `TOMTOM_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
