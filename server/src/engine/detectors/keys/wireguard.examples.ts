/** Examples of the WireGuard detectors (test data: never imported by the runtime). */
import { fakeBytes, toBase64, type ExampleTable } from '../kit/examples.js';

/** 32 random bytes in Base64 (44 chars ending `=`): a WireGuard / X25519 key shape. */
function fakeWgKey(salt: string): string {
  return toBase64(fakeBytes(32, `wg|${salt}`));
}

export const examples: ExampleTable = {
  'wireguard.private-key': {
    positive: [
      `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = «${fakeWgKey('a')}»\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${fakeWgKey('pub')}`,
      `wireguard_private_key: "«${fakeWgKey('b')}»"`,
      `[wireguard]\nprivate-key=«${fakeWgKey('c')}»`,
    ],
    negative: [
      `[Peer]\nPublicKey = ${fakeWgKey('pub2')}`,
      'PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=',
      'PrivateKey = <server-private-key>',
      `PrivateKey = ${fakeWgKey('d').slice(0, 30)}`,
    ],
  },
  'wireguard.preshared-key': {
    positive: [
      `[Peer]\nPublicKey = ${fakeWgKey('pub3')}\nPresharedKey = «${fakeWgKey('psk')}»\nAllowedIPs = 0.0.0.0/0`,
      `wireguard_preshared_key: '«${fakeWgKey('psk2')}»'`,
    ],
    negative: [`[Peer]\nPublicKey = ${fakeWgKey('pub4')}`, 'PresharedKey = <psk>'],
  },
};
