/** Examples of the riot detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'riot.api-key': {
    positive: [
      `RIOT_API_KEY=«RGAPI-${fakeUuid('uuid|riot')}»`,
      `curl -H "X-Riot-Token: «RGAPI-${fakeUuid('uuid|riot2')}»" https://euw1.api.riotgames.com/lol/status/v4/platform-data`,
    ],
    negative: ['RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
  },
};
