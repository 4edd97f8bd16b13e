/** PuTTY private key files (.ppk, versions 2 and 3; PuTTY documentation appendix C). */
import { shannonEntropy } from '../../entropy.js';
import { defineDetector, keyGuide, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'putty.private-key',
    title: 'PuTTY private key (.ppk)',
    keywords: ['PuTTY-User-Key-File-'],
    scope: 'document',
    // `PuTTY-User-Key-File-2|3: <alg>` … header and Base64 lines … `Private-MAC: <hex>` (PuTTY docs,
    // appendix C). Lines may be indented; a new `PuTTY-User-Key-File` line ends the scan.
    pattern:
      /(?<secret>PuTTY-User-Key-File-[23]:[ \t]*[A-Za-z0-9@.-]{3,60}(?:(?:\r?\n|\\r?\\n)[ \t]*(?:(?!PuTTY-)[A-Z][A-Za-z0-9-]{1,30}:[ \t]*[^\r\n\\]{0,200}|[A-Za-z0-9+/=]{1,100}|)){4,400}?(?:\r?\n|\\r?\\n)[ \t]*Private-MAC:[ \t]*[0-9a-fA-F]{40,64})/,
    post: [
      ({ value }) => {
        const lines = value.split(/\r?\n|\\r?\\n/).filter((line) => /^\s*[A-Za-z0-9+/=]{8,}\s*$/.test(line));
        const body = lines.join('').replace(/\s/g, '');
        return body.length < 64 || shannonEntropy(body) < 4.2 ? 'key body too short or not random' : undefined;
      },
    ],
    guide: keyGuide(
      "Logs in over SSH wherever the matching public key is authorised (PuTTY/WinSCP sessions, servers' authorized_keys).",
      'Remove the public key from every `authorized_keys` / deploy-key list, then generate a new key with PuTTYgen (use a passphrase).',
    ),
  }),
];
