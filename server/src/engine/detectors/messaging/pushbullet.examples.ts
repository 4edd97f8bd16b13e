/** Examples of the pushbullet detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pushbullet.api-key': {
    positive: [
      `PUSHBULLET_API_KEY=«${`o.${fake(B62, 32, 'pushbu1')}`}»`,
      `pushbullet_api_key: «${`o.${fake(B62, 32, 'pushbu2')}`}»`,
      `const pushbulletApiKey = '«${`o.${fake(B62, 32, 'pushbu3')}`}»';`,
    ],
    negative: [
      `PUSHBULLET_API_KEY=${`o.${fake(B62, 28, 'short')}`}`,
      'PUSHBULLET_API_KEY=your_pushbullet_api_key',
      `API_KEY=${`o.${fake(B62, 32, 'pushbun')}`}`,
      'PUSHBULLET_API_KEY=${PUSHBULLET_API_KEY}',
    ],
  },
};
