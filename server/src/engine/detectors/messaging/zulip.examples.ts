/** Examples of the Zulip detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zulip.api-key': {
    positive: [
      `ZULIP_API_KEY=«${fake(B62, 32, 'zu1')}»`,
      `client = zulip.Client(email="bot@example.com", zulip_api_key="«${fake(B62, 32, 'zu2')}»")`,
    ],
    negative: ['ZULIP_API_KEY=<api-key>', 'ZULIP_SITE=https://chat.zulip.org'],
  },
  'zulip.zuliprc-key': {
    positive: [
      {
        text: `[api]\nemail=deploy-bot@chat.example.com\nkey=«${fake(B62, 32, 'zr1')}»\nsite=https://chat.example.com\n`,
        path: '.zuliprc',
      },
    ],
    negative: ['[api]\nemail=deploy-bot@chat.example.com\nkey=<your-api-key>\nsite=https://chat.example.com\n'],
  },
};
