/** Examples of the OpenVPN key detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'openvpn.static-key': {
    positive: [
      `<tls-crypt>\n«-----BEGIN OpenVPN Static key V1-----\n${(fake(HEX, 512, 'ovpn').match(/.{32}/g) ?? []).join('\n')}\n-----END OpenVPN Static key V1-----»\n</tls-crypt>`,
    ],
    negative: [`-----BEGIN OpenVPN Static key V1-----\n${'0'.repeat(32)}\n-----END OpenVPN Static key V1-----`],
  },
};
