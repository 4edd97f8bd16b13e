/** Examples of the klarna detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, HEX, fakeNumber as num, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'klarna.api-key': {
    positive: [`KLARNA_API_KEY=«klarna_live_api_${fake(B64URL, 64, 'kl1')}»`],
    negative: [`KLARNA_CLIENT_ID=klarna_live_client_${fake(B64URL, 64, 'kl2')}`, 'KLARNA_API_KEY=klarna_live_api_<key>'],
  },
  'klarna.api-password': {
    positive: [`KLARNA_USERNAME=PK${num(5, 'kp1')}_${fake(HEX, 12, 'kp2')}\nKLARNA_PASSWORD=«${fake(B62, 16, 'kp3')}»`],
    negative: [`KLARNA_USERNAME=PK${num(5, 'kp4')}_${fake(HEX, 12, 'kp5')}`, 'KLARNA_PASSWORD=your-klarna-password'],
  },
};
