/** Examples of the ASP.NET detectors (test data: never imported by the runtime). */
import { alphabet, fake, type ExampleTable } from '../kit/examples.js';

/** Upper-case hex, as machineKey generators print it. */
const HEX_UPPER_ALPHA = alphabet('0-9A-F');

export const examples: ExampleTable = {
  'aspnet.machine-key': {
    positive: [
      `<machineKey validationKey="«${fake(HEX_UPPER_ALPHA, 128, 'mk1')}»" decryptionKey="«${fake(HEX_UPPER_ALPHA, 48, 'mk2')}»" validation="HMACSHA256" decryption="AES" />`,
    ],
    negative: ['<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />'],
  },
};
