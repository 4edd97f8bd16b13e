/** SSH2 (ssh.com / Tectia) private keys: `---- BEGIN SSH2 … PRIVATE KEY ----` blocks (CREDENTIAL-FORMATS.md §9). */
import { shannonEntropy } from '../../entropy.js';
import { PEM_BODY, PEM_HEADERS, defineDetector, keyGuide, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ssh2.private-key',
    title: 'SSH2 (ssh.com / Tectia) private key',
    keywords: ['BEGIN SSH2 ENCRYPTED PRIVATE KEY', 'BEGIN SSH2 PRIVATE KEY'],
    scope: 'document',
    // `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----` (four dashes and spaces); body starts with the
    // magic 0x3f6ff9eb (Base64 `P2/56w`).
    pattern: () =>
      new RegExp(
        `(?<secret>---- BEGIN SSH2 (?<_l>ENCRYPTED PRIVATE|PRIVATE) KEY ----${PEM_HEADERS}${PEM_BODY}---- END SSH2 \\k<_l> KEY ----)`,
      ),
    post: [
      ({ value }) => {
        const body = value
          .replace(/^---- BEGIN[^\n]*\n/, '')
          .replace(/---- END[^\n]*$/, '')
          .replace(/[A-Z][A-Za-z0-9-]{1,30}:[^\r\n]*/g, '')
          .replace(/[^A-Za-z0-9+/=]/g, '');
        return body.startsWith('P2/56w') && body.length >= 64 && shannonEntropy(body) >= 4.2 ? undefined : 'not an ssh.com key body';
      },
    ],
    guide: keyGuide(
      'Logs in over SSH wherever the matching public key is authorised.',
      "Remove the public key from the servers' authorised keys and generate a new pair.",
    ),
  }),
];
