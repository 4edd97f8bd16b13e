/** Examples of the worldcoinindex detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'worldcoinindex.api-key': {
    positive: [
      `WORLDCOININDEX_API_KEY=«${fake(B62, 35, 'worldcoinindex1')}»`,
      `credentials:\n  world_coin_index_token: "«${fake(B62, 35, 'worldcoinindex2')}»"`,
      `const worldCoinIndexSecret = '«${fake(B62, 35, 'worldcoinindex3')}»';`,
    ],
    negative: [
      `WORLDCOININDEX_ACCOUNT_ID=${fake(B62, 35, 'worldcoinindex4')}`,
      `WORLDCOININDEX_API_KEY=${fake(B62, 35, 'worldcoinindex5')}${fake(B62, 6, 'tail')}`,
      `# WorldCoinIndex settings\nAPI_KEY=${fake(B62, 35, 'worldcoinindex6')}`,
      `WORLDCOININDEX_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
