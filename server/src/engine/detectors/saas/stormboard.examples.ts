/** Examples of the stormboard detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'stormboard.api-key': {
    positive: [
      `STORMBOARD_API_KEY=«${fake(HEX, 40, 'stormboard1')}»`,
      `credentials:\n  storm_board_token: "«${fake(HEX, 40, 'stormboard2')}»"`,
      `const stormBoardSecret = '«${fake(HEX, 40, 'stormboard3')}»';`,
    ],
    negative: [
      `STORMBOARD_ACCOUNT_ID=${fake(HEX, 40, 'stormboard4')}`,
      `STORMBOARD_API_KEY=${fake(HEX, 40, 'stormboard5')}${fake(B62, 6, 'tail')}`,
      `# Stormboard settings\nAPI_KEY=${fake(HEX, 40, 'stormboard6')}`,
      `STORMBOARD_API_KEY=0000000000000000000000000000000000000000`,
    ],
  },
};
