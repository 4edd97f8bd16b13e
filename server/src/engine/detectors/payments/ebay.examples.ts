/** Examples of the ebay detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ebay.cert-id': {
    positive: [
      `EBAY_CERT_ID=«PRD-${fake(HEX, 12, 'eb1')}-${fake(HEX, 4, 'eb2')}-${fake(HEX, 4, 'eb3')}-${fake(HEX, 4, 'eb4')}-${fake(HEX, 4, 'eb5')}»`,
      `clientSecret: '«SBX-${fake(HEX, 12, 'eb6')}-${fake(HEX, 4, 'eb7')}-${fake(HEX, 4, 'eb8')}-${fake(HEX, 4, 'eb9')}-${fake(HEX, 4, 'eb10')}»'`,
    ],
    negative: [`EBAY_APP_ID=Ferrowin-Console-PRD-${fake(HEX, 9, 'eb11')}-${fake(HEX, 8, 'eb12')}`, 'EBAY_CERT_ID=PRD-<cert-id>'],
  },
};
