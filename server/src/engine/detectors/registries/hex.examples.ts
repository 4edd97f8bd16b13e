/** Examples of the Hex.pm detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'hex.api-key': {
    positive: [`HEX_API_KEY=«${fake(HEX, 32, 'hex1')}»`, `  HEXPM_TOKEN: "«${fake(HEX, 32, 'hex2')}»"`],
    negative: [`HEX_API_KEY=${fake(HEX, 16, 'short')}`, 'HEX_API_KEY: ${{ secrets.HEX_API_KEY }}'],
  },
};
