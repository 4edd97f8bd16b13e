/** Examples of the replyio detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'replyio.api-key': {
    positive: [
      `REPLYIO_API_KEY=«${fake(B62, 24, 'replyio1')}»`,
      `credentials:\n  reply_io_token: "«${fake(B62, 24, 'replyio2')}»"`,
      `const replyIoSecret = '«${fake(B62, 24, 'replyio3')}»';`,
    ],
    negative: [
      `REPLYIO_ACCOUNT_ID=${fake(B62, 24, 'replyio4')}`,
      `REPLYIO_API_KEY=${fake(B62, 24, 'replyio5')}${fake(B62, 6, 'tail')}`,
      `# Reply.io settings\nAPI_KEY=${fake(B62, 24, 'replyio6')}`,
      `REPLYIO_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
