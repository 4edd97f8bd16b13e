/** Examples of the ritekit detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ritekit.api-key': {
    positive: [
      `RITEKIT_API_KEY=«${fake(HEX, 44, 'ritekit1')}»`,
      `credentials:\n  rite_kit_token: "«${fake(HEX, 44, 'ritekit2')}»"`,
      `const riteKitSecret = '«${fake(HEX, 44, 'ritekit3')}»';`,
    ],
    negative: [
      `RITEKIT_ACCOUNT_ID=${fake(HEX, 44, 'ritekit4')}`,
      `RITEKIT_API_KEY=${fake(HEX, 44, 'ritekit5')}${fake(B62, 6, 'tail')}`,
      `# RiteKit settings\nAPI_KEY=${fake(HEX, 44, 'ritekit6')}`,
      `RITEKIT_API_KEY=00000000000000000000000000000000000000000000`,
    ],
  },
};
