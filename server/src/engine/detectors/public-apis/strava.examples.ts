/** Examples of the strava detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'strava.client-secret': {
    positive: [
      `STRAVA_CLIENT_SECRET=«${fake(HEX, 40, 'strava1')}»`,
      `credentials:\n  strava_token: "«${fake(HEX, 40, 'strava2')}»"`,
      `const stravaSecret = '«${fake(HEX, 40, 'strava3')}»';`,
    ],
    negative: [
      `STRAVA_CLIENT_ID=${fake(HEX, 40, 'strava4')}`,
      `STRAVA_CLIENT_SECRET=${fake(HEX, 40, 'strava5')}${fake(B62, 6, 'tail')}`,
      `# Strava settings\nAPI_KEY=${fake(HEX, 40, 'strava6')}`,
      `STRAVA_CLIENT_SECRET=0000000000000000000000000000000000000000`,
    ],
  },
};
