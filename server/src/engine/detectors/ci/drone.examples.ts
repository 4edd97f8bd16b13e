/** Examples of the Drone CI detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'drone.token': {
    positive: [
      `DRONE_TOKEN=«${fake(B62, 32, 'dr1')}»`,
      `export DRONE_SERVER=https://drone.example.com DRONE_TOKEN="«${fake(B62, 32, 'dr2')}»"`,
    ],
    negative: [`DRONE_COMMIT_SHA=${fake(HEX, 40, 'sha')}`, 'DRONE_TOKEN=${DRONE_TOKEN}'],
  },
};
