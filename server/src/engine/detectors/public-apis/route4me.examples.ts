/** Examples of the route4me detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'route4me.api-key': {
    positive: [
      `ROUTE4ME_API_KEY=«${fake(B62, 32, 'route4me1')}»`,
      `credentials:\n  route4me_token: "«${fake(B62, 32, 'route4me2')}»"`,
      `const route4meSecret = '«${fake(B62, 32, 'route4me3')}»';`,
    ],
    negative: [
      `ROUTE4ME_ACCOUNT_ID=${fake(B62, 32, 'route4me4')}`,
      `ROUTE4ME_API_KEY=${fake(B62, 32, 'route4me5')}${fake(B62, 6, 'tail')}`,
      `# Route4Me settings\nAPI_KEY=${fake(B62, 32, 'route4me6')}`,
      `ROUTE4ME_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
