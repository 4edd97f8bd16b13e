/** Examples of the SSH2 key detectors (test data: never imported by the runtime). */
import { B64, fake, fakeBytes, toBase64, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ssh2.private-key': {
    positive: [
      `«---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key-20240101"\n${(`P2/56w${toBase64(fakeBytes(600, 'ssh2'))}`.match(/.{1,70}/g) ?? []).join('\n')}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----»`,
    ],
    negative: [
      `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "rsa-key"\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ${(fake(B64, 300, 'ssh2pub').match(/.{1,70}/g) ?? []).join('\n')}\n---- END SSH2 PUBLIC KEY ----`,
    ],
  },
};
