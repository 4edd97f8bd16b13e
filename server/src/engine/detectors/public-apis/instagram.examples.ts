/** Examples of the instagram detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'instagram.access-token': {
    positive: [
      `INSTAGRAM_ACCESS_TOKEN=«IGQVJ${fake(B64URL, 180, 'ig')}»`,
      `fetch(\`https://graph.instagram.com/me/media?access_token=«IGAA${fake(B64URL, 150, 'ig2')}»\`)`,
    ],
    negative: [`IGQV${fake(B64URL, 20, 'short')}`],
  },
};
