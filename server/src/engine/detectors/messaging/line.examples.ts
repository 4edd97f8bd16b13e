/** Examples of the LINE detectors (test data: never imported by the runtime). */
import { B62, fake, fakeNumber, HEX, toBase64, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'line.channel-access-token': {
    positive: [
      `LINE_CHANNEL_ACCESS_TOKEN=«${toBase64(fake(B62, 129, 'ln1'))}»`,
      `const config = { channelAccessToken: '«${toBase64(fake(B62, 128, 'ln2'))}»', channelSecret };`,
    ],
    negative: ['LINE_CHANNEL_ACCESS_TOKEN=<channel access token>', `PIPELINE_TOKEN=${toBase64(fake(B62, 129, 'ln3'))}`],
  },
  'line.channel-secret': {
    positive: [`LINE_CHANNEL_SECRET=«${fake(HEX, 32, 'lc1')}»`, `channelSecret: "«${fake(HEX, 32, 'lc2')}»",`],
    negative: ['LINE_CHANNEL_SECRET=${LINE_CHANNEL_SECRET}', `LINE_CHANNEL_ID=${fakeNumber(10, 'lc3')}`],
  },
};
