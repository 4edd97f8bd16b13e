/** Examples of the Symfony detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'symfony.app-secret': {
    positive: [`###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET=«${fake(HEX, 32, 'sy1')}»`],
    negative: [
      'APP_SECRET=ThisTokenIsNotSoSecretChangeIt',
      'APP_SECRET=',
      `FACEBOOK_APP_SECRET=${fake(HEX, 32, 'fb')}`,
      "APP_SECRET='%env(APP_SECRET)%'",
    ],
  },
};
