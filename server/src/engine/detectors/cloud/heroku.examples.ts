/** Examples of the Heroku detectors (test data: never imported by the runtime). */
import { B64URL, fakeMixed, fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'heroku.api-key': {
    positive: [
      `HEROKU_API_KEY=«${fakeUuid('heroku')}»`,
      `machine api.heroku.com\n  login ops@example.com\n  password «${fakeUuid('heroku2')}»`,
      `provider "heroku" {\n  email   = "ops@example.com"\n  api_key = "«${fakeUuid('heroku3')}»"\n}`,
    ],
    negative: [
      `HEROKU_APP_ID=${fakeUuid('app')}`,
      'HEROKU_API_KEY=cf0e05d9-4eca-4948-a012-b91fe9704bab',
      `request_id = "${fakeUuid('req')}"`,
    ],
  },
  'heroku.api-key-v2': {
    positive: [`heroku config:set --app api HEROKU_API_KEY=«HRKU-${fakeMixed(B64URL, 60, 'hrku')}»`],
    negative: ['HEROKU_API_KEY=HRKU-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'HRKU- prefixes Heroku tokens'],
  },
};
