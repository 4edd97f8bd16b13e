/** Examples of the amazon detectors (test data: never imported by the runtime). */
import { B64URL, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'amazon.lwa-client-secret': {
    positive: [`LWA_CLIENT_SECRET=«amzn1.oa2-cs.v1.${fake(HEX, 64, 'am1')}»`],
    // The client id is public.
    negative: [`LWA_CLIENT_ID=amzn1.application-oa2-client.${fake(HEX, 32, 'am2')}`, 'LWA_CLIENT_SECRET=amzn1.oa2-cs.v1.<secret>'],
  },
  'amazon.lwa-refresh-token': {
    positive: [
      `SP_API_REFRESH_TOKEN=«Atzr|IwEBI${fake(B64URL, 300, 'az1')}»`,
      `{"refresh_token": "«Atzr|IwEBI${fake(B64URL, 320, 'az2')}»"}`,
    ],
    negative: [`access_token = "Atza|IwEBI${fake(B64URL, 300, 'az3')}"`, 'SP_API_REFRESH_TOKEN=Atzr|<token>'],
  },
};
