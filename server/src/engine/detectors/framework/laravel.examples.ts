/** Examples of the Laravel detectors (test data: never imported by the runtime). */
import { B62, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'laravel.app-key': {
    positive: [
      `APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=«base64:${Buffer.from(fake(B62, 32, 'lk1')).toString('base64')}»`,
      `'key' => env('APP_KEY', '«base64:${Buffer.from(fake(B62, 32, 'lk2')).toString('base64')}»'),`,
    ],
    negative: ['APP_KEY=', 'APP_KEY=${APP_KEY}', `PUSHER_APP_KEY=${fake(HEX, 20, 'pusher')}`],
  },
};
