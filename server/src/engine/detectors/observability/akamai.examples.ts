/** Examples of the akamai detectors (test data: never imported by the runtime). */
import { alphabet, B64, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'akamai.client-secret': {
    positive: [
      `[default]\nclient_secret = «${fake(B64, 43, 'akamai')}=»\nhost = akab-${fake(alphabet('a-z0-9'), 16, 'ak1')}-${fake(alphabet('a-z0-9'), 16, 'ak2')}.luna.akamaiapis.net\naccess_token = akab-${fake(alphabet('a-z0-9'), 16, 'ak3')}-${fake(alphabet('a-z0-9'), 16, 'ak4')}\nclient_token = akab-${fake(alphabet('a-z0-9'), 16, 'ak5')}-${fake(alphabet('a-z0-9'), 16, 'ak6')}`,
    ],
    negative: [
      `[default]\nclient_secret = \${AKAMAI_SECRET}\nhost = akab-${fake(alphabet('a-z0-9'), 16, 'ak7')}-${fake(alphabet('a-z0-9'), 16, 'ak8')}.luna.akamaiapis.net`,
    ],
  },
};
