/** Examples of the PuTTY key detectors (test data: never imported by the runtime). */
import { HEX, fake, fakeBytes, toBase64, type ExampleTable } from '../kit/examples.js';

/** A PuTTY v2/v3 key file (structure only). */
function fakePpk(salt: string, version: 2 | 3 = 3): string {
  const b64 = (n: number, s: string) => toBase64(fakeBytes(n, `ppk|${salt}|${s}`)).match(/.{1,64}/g) ?? [];
  const pub = b64(51, 'pub');
  const priv = b64(48, 'priv');
  return [
    `PuTTY-User-Key-File-${version}: ssh-ed25519`,
    'Encryption: none',
    `Comment: ed25519-key-${salt}`,
    `Public-Lines: ${pub.length}`,
    ...pub,
    `Private-Lines: ${priv.length}`,
    ...priv,
    `Private-MAC: ${fake(HEX, version === 3 ? 64 : 40, `mac${salt}`)}`,
  ].join('\n');
}

export const examples: ExampleTable = {
  'putty.private-key': {
    positive: [
      `«${fakePpk('a')}»\n`,
      `«${fakePpk('b', 2)}»`,
      { text: `«${fakePpk('c').replace(/\n/g, '\r\n')}»\r\n`, path: 'keys/deploy.ppk' },
    ],
    negative: [
      `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: key\nPublic-Lines: 2\n...\nPrivate-Lines: 1\n...\nPrivate-MAC: <mac>`,
      'Save it as a PuTTY-User-Key-File-3: file with puttygen.',
    ],
  },
};
