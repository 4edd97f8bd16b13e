/** Examples of the facebook detectors (test data: never imported by the runtime). */
import { B62, B64URL, DIGITS, type ExampleTable, fake, HEX } from '../kit/examples.js';

const fbToken = (salt: string, kind = 'G') => `EAA${kind}${fake(B62, 180, salt)}`;

export const examples: ExampleTable = {
  'facebook.access-token': {
    positive: [`FB_PAGE_TOKEN=«${fbToken('fb')}»`, `https://graph.facebook.com/v19.0/me?access_token=«${fbToken('fb2', 'B')}»&fields=id`],
    negative: [`SQUARE_ACCESS_TOKEN=EAAA${fake(B64URL, 60, 'sq')}`, `token = "EAAG${fake(B62, 30, 'short')}"`],
  },
  'facebook.app-access-token': {
    positive: [
      `FB_APP_TOKEN=«${fake(DIGITS, 16, 'fbapp')}|${fake(HEX, 32, 'fbapp2')}»`,
      `graph.facebook.com/debug_token?input_token=x&access_token=«${fake(DIGITS, 15, 'fbapp3')}|${fake(B64URL, 27, 'fbapp4')}»`,
    ],
    negative: [`FB_APP_ID=${fake(DIGITS, 16, 'id')}`, `facebook | ${fake(DIGITS, 16, 'n')} | ${fake(HEX, 32, 'h')}`],
  },
  'facebook.app-secret': {
    positive: [`FACEBOOK_APP_SECRET=«${fake(HEX, 32, 'fbs')}»`, `'fb_secret' => '«${fake(HEX, 32, 'fbs2')}»',`],
    negative: [`FACEBOOK_APP_ID=${fake(DIGITS, 16, 'fbid')}`, 'FACEBOOK_APP_SECRET=<app-secret>', `METADATA_SECRET=${fake(HEX, 32, 'md')}`],
  },
};
