/** Examples of the Pusher detectors (test data: never imported by the runtime). */
import { fake, fakeNumber, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pusher.app-secret': {
    positive: [
      `PUSHER_APP_ID=${fakeNumber(7, 'pu1')}\nPUSHER_APP_KEY=${fake(HEX, 20, 'pu2')}\nPUSHER_APP_SECRET=«${fake(HEX, 20, 'pu3')}»`,
      `'pusher_secret' => '«${fake(HEX, 20, 'pu4')}»',`,
    ],
    // The app key is public (used by browsers).
    negative: [`PUSHER_APP_KEY=${fake(HEX, 20, 'pu5')}`, 'PUSHER_APP_SECRET=${PUSHER_APP_SECRET}'],
  },
  'pusher.config-secret': {
    positive: [
      `const pusher = new Pusher({ appId: "${fakeNumber(7, 'pg1')}", key: "${fake(HEX, 20, 'pg2')}", secret: "«${fake(HEX, 20, 'pg3')}»", cluster: "eu", useTLS: true });`,
      `'pusher' => [\n    'key' => '${fake(HEX, 20, 'pg4')}',\n    'secret' => '«${fake(HEX, 20, 'pg5')}»',\n    'app_id' => '${fakeNumber(7, 'pg6')}',\n],`,
    ],
    negative: [
      `// pusher\nconst cfg = { secret: "${fake(HEX, 20, 'pg7')}" };`,
      `const pusher = new Pusher({ key: "${fake(HEX, 20, 'pg8')}", secret: process.env.PUSHER_SECRET });`,
    ],
  },
  'pusher.channels-url': {
    positive: [`PUSHER_URL=https://${fake(HEX, 20, 'pc1')}:«${fake(HEX, 20, 'pc2')}»@api-eu.pusher.com/apps/${fakeNumber(7, 'pc3')}`],
    negative: ['PUSHER_URL=https://key:secret@api.pusherapp.com/apps/123'],
  },
};
