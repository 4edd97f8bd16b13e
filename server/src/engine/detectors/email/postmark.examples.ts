/** Examples of the Postmark detectors (test data: never imported by the runtime). */
import { fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'postmark.server-token': {
    positive: [
      `POSTMARK_SERVER_TOKEN=«${fakeUuid('pm1')}»`,
      `curl https://api.postmarkapp.com/email -H "X-Postmark-Server-Token: «${fakeUuid('pm2')}»"`,
    ],
    // POSTMARK_API_TEST is Postmark's documented test token.
    negative: ['POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', `postmark_message_stream = "${fakeUuid('pm3')}"`],
  },
};
