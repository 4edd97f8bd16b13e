/** Examples of the theoddsapi detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'theoddsapi.api-key': {
    positive: [
      `ODDSAPI_KEY=«${fake(HEX, 32, 'theoddsapi1')}»`,
      `credentials:\n  the_odds_api_token: "«${fake(HEX, 32, 'theoddsapi2')}»"`,
      `const theOddsApiSecret = '«${fake(HEX, 32, 'theoddsapi3')}»';`,
    ],
    negative: [
      `ODDSAPI_ACCOUNT_ID=${fake(HEX, 32, 'theoddsapi4')}`,
      `ODDSAPI_KEY=${fake(HEX, 32, 'theoddsapi5')}${fake(B62, 6, 'tail')}`,
      `# The Odds API settings\nAPI_KEY=${fake(HEX, 32, 'theoddsapi6')}`,
      `ODDSAPI_KEY=00000000000000000000000000000000`,
    ],
  },
};
