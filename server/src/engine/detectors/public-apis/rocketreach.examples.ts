/** Examples of the rocketreach detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rocketreach.api-key': {
    positive: [
      `ROCKETREACH_API_KEY=«${fake(B62, 39, 'rocketreach1')}»`,
      `credentials:\n  rocket_reach_token: "«${fake(B62, 39, 'rocketreach2')}»"`,
      `const rocketReachSecret = '«${fake(B62, 39, 'rocketreach3')}»';`,
    ],
    negative: [
      `ROCKETREACH_ACCOUNT_ID=${fake(B62, 39, 'rocketreach4')}`,
      `ROCKETREACH_API_KEY=${fake(B62, 39, 'rocketreach5')}${fake(B62, 6, 'tail')}`,
      `# RocketReach settings\nAPI_KEY=${fake(B62, 39, 'rocketreach6')}`,
      `ROCKETREACH_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
