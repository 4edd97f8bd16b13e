/** OpenPGP private (secret) key blocks, RFC 4880 ASCII armour (CREDENTIAL-FORMATS.md §9). */
import { defineDetector, hasBadPemBody, keyGuide, pemPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'pgp.private-key-block',
    title: 'OpenPGP private key block',
    keywords: ['BEGIN PGP PRIVATE KEY BLOCK', 'BEGIN PGP SECRET KEY BLOCK'],
    scope: 'document',
    pattern: () => pemPattern('PGP (?<_l>PRIVATE|SECRET) KEY BLOCK', 'PGP \\k<_l> KEY BLOCK'),
    post: [hasBadPemBody()],
    guide: keyGuide(
      "Signs as the key's owner (release and commit signatures, package repositories) and decrypts everything encrypted to it.",
      'Publish the revocation certificate (`gpg --gen-revoke`, then `gpg --send-keys`), replace the key in package-signing and git-signing configuration, and re-encrypt data that was encrypted to it.',
    ),
  }),
];
