/** age (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { defineDetector, type Detector, hasValidBech32, type PostValidator, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

const hasBadBech32: PostValidator = ({ value }) => (hasValidBech32(value) ? undefined : 'Bech32 checksum mismatch');

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'age.secret-key',
    title: 'age secret key (identity)',
    keywords: ['AGE-SECRET-KEY-1'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
    post: [hasBadBech32],
    guide: {
      grants: 'Decrypts every file encrypted to this identity (SOPS secrets, age-encrypted backups).',
      revoke:
        'Generate a new identity (`age-keygen`), re-encrypt the files to the new recipient (`sops updatekeys` for SOPS), then destroy the old key; assume past ciphertexts are exposed.',
      url: 'https://github.com/FiloSottile/age',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
