/** Examples of the simplesat detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'simplesat.api-key': {
    positive: [
      `SIMPLESAT_API_KEY=«${fake(B62, 40, 'simplesat1')}»`,
      `credentials:\n  simple_sat_token: "«${fake(B62, 40, 'simplesat2')}»"`,
      `const simpleSatSecret = '«${fake(B62, 40, 'simplesat3')}»';`,
    ],
    negative: [
      `SIMPLESAT_ACCOUNT_ID=${fake(B62, 40, 'simplesat4')}`,
      `SIMPLESAT_API_KEY=${fake(B62, 40, 'simplesat5')}${fake(B62, 6, 'tail')}`,
      `# Simplesat settings\nAPI_KEY=${fake(B62, 40, 'simplesat6')}`,
      `SIMPLESAT_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
