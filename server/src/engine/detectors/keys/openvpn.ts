/** OpenVPN static keys (tls-auth / tls-crypt, `openvpn --genkey`; CREDENTIAL-FORMATS.md §9). */
import { shannonEntropy } from '../../entropy.js';
import { defineDetector, keyGuide, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'openvpn.static-key',
    title: 'OpenVPN static key (tls-auth / tls-crypt)',
    keywords: ['BEGIN OpenVPN Static key'],
    scope: 'document',
    // `-----BEGIN OpenVPN Static key V1-----` + 16 lines of 32 hex (2048-bit key).
    pattern:
      /(?<secret>-----BEGIN OpenVPN Static key V1-----(?:[\s"'`]|\\{1,2}[nr]){1,16}(?:[0-9a-fA-F]{16,64}(?:[\s"'`]|\\{1,2}[nr]){1,16}){8,64}-----END OpenVPN Static key V1-----)/,
    post: [({ value }) => (shannonEntropy(value.replace(/-----[^-]+-----|[^0-9a-fA-F]/g, '')) < 3.5 ? 'not random' : undefined)],
    guide: keyGuide(
      "Lets an attacker pass the VPN's tls-auth/tls-crypt HMAC layer (with tls-crypt, decrypt the control channel) — the first step to attacking the VPN server.",
      'Generate a new key (`openvpn --genkey tls-crypt <file>`), deploy it to the server and every client profile, and remove the old one.',
    ),
  }),
];
