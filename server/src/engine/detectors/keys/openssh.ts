/** OpenSSH private keys (`-----BEGIN OPENSSH PRIVATE KEY-----`, PROTOCOL.key; CREDENTIAL-FORMATS.md §9). */
import { defineDetector, hasBadPemBody, keyGuide, pemPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'openssh.private-key',
    title: 'OpenSSH private key',
    keywords: ['BEGIN OPENSSH PRIVATE KEY'],
    scope: 'document',
    pattern: () => pemPattern('OPENSSH PRIVATE KEY'),
    // The body always starts with the `openssh-key-v1\0` magic (Base64 `b3BlbnNzaC1rZXktdjE`; PROTOCOL.key).
    post: [hasBadPemBody(/^b3BlbnNzaC1rZXktdjE/, 'OpenSSH key')],
    guide: keyGuide(
      "Logs in over SSH wherever the matching public key is authorised (servers' authorized_keys, GitHub/GitLab deploy or user keys), and signs git commits if used for signing.",
      'Remove the public key from every `authorized_keys`, GitHub/GitLab/Bitbucket deploy-key and user-key list, then generate a new pair (`ssh-keygen -t ed25519`). Encrypted keys (`aes256-ctr` in the header) still need rotating: the passphrase can be brute-forced offline.',
      'https://github.com/settings/keys',
    ),
  }),
];
