/** Examples of the steam detectors (test data: never imported by the runtime). */
import { DIGITS, type ExampleTable, fake, HEX_UPPER } from '../kit/examples.js';

export const examples: ExampleTable = {
  'steam.web-api-key': {
    positive: [`STEAM_API_KEY=«${fake(HEX_UPPER, 32, 'st')}»`, `"steamWebApiKey": "«${fake(HEX_UPPER, 32, 'st2')}»"`],
    negative: [`UPSTREAM_KEY=${fake(HEX_UPPER, 32, 'up')}`, `STEAM_APP_ID=${fake(DIGITS, 6, 'app')}`],
  },
};
