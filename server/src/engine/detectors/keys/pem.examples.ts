/** Examples of the PEM private key detectors (test data: never imported by the runtime). */
import {
  B64,
  HEX,
  fake,
  fakeBytes,
  fakePem,
  indented,
  pemLine,
  toBase64,
  type DetectorExamples,
  type ExampleTable,
} from '../kit/examples.js';

/** C / Java string literal, one `"…\n"` per line (the caller adds the last line's `\n";`). */
function cString(block: string, indent: string): string {
  const lines = block.split('\n');
  return lines
    .map((line, i) => (i === 0 ? `${line}\\n"` : i === lines.length - 1 ? `${indent}"${line}` : `${indent}"${line}\\n"`))
    .join('\n');
}

/** The examples every PEM label gets (plain, YAML block, JSON `\n`, C literal, CRLF; placeholders, public blocks, cut blocks). */
function pemExamples(id: string, label: string, extraPositive: readonly string[] = []): DetectorExamples {
  const key = (salt: string, eol?: string) => fakePem(label, 600, `${id}${salt}`, eol);
  return {
    positive: [
      `«${key('a')}»\n`,
      `tls:\n  key: |\n    «${indented(key('b'), '    ')}»\n`,
      `{"private_key": "«${key('c', '\\n')}»\\n"}`,
      `static const char *KEY =\n    "«${cString(key('d'), '    ')}»\\n";`,
      `«${key('e', '\r\n')}»\r\n`,
      // Commented out line by line: still one key (issue 9 §3).
      `# «${key('f').split('\n').join('\n# ')}»\n`,
      `// «${key('g').split('\n').join('\n// ')}»\n`,
      `/*\n * «${key('h').split('\n').join('\n * ')}»\n */\n`,
      `-- «${key('i').split('\n').join('\n-- ')}»\n`,
      ...extraPositive,
    ],
    negative: [
      `${pemLine('BEGIN', label)}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n${pemLine('END', label)}`,
      `${pemLine('BEGIN', label)}\n<your private key here>\n${pemLine('END', label)}`,
      `${pemLine('BEGIN', label)}\n${'A'.repeat(64)}\n${'A'.repeat(64)}\n${pemLine('END', label)}`,
      `if (pem.startsWith("${pemLine('BEGIN', label)}") && pem.endsWith("${pemLine('END', label)}"))`,
      fakePem('CERTIFICATE', 600, id),
      fakePem('PUBLIC KEY', 300, id),
      `${pemLine('BEGIN', label)}\n${fake(B64, 64, `${id}-cut`)}\n`,
    ],
  };
}

export const examples: ExampleTable = {
  'pem.rsa-private-key': pemExamples('pem.rsa-private-key', 'RSA PRIVATE KEY', [
    `«${pemLine('BEGIN', 'RSA PRIVATE KEY')}\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,${fake(HEX, 32, 'iv').toUpperCase()}\n\n${(toBase64(fakeBytes(600, 'enc-rsa')).match(/.{1,64}/g) ?? []).join('\n')}\n${pemLine('END', 'RSA PRIVATE KEY')}»`,
  ]),
  'pem.ec-private-key': pemExamples('pem.ec-private-key', 'EC PRIVATE KEY', [
    `${pemLine('BEGIN', 'EC PARAMETERS')}\nBggqhkjOPQMBBw==\n${pemLine('END', 'EC PARAMETERS')}\n«${fakePem('EC PRIVATE KEY', 121, 'p256')}»`,
  ]),
  'pem.dsa-private-key': pemExamples('pem.dsa-private-key', 'DSA PRIVATE KEY'),
  'pem.pkcs8-private-key': pemExamples('pem.pkcs8-private-key', 'PRIVATE KEY', [`«${fakePem('PRIVATE KEY', 48, 'ed25519')}»`]),
  'pem.encrypted-private-key': pemExamples('pem.encrypted-private-key', 'ENCRYPTED PRIVATE KEY'),
  'pem.other-private-key': {
    positive: [`«${fakePem('ED25519 PRIVATE KEY', 48, 'ed')}»`, `«${fakePem('ENCRYPTED EC PRIVATE KEY', 200, 'eec')}»`],
    negative: [
      fakePem('PRIVATE KEY', 600, 'other'),
      fakePem('PUBLIC KEY', 300, 'other'),
      `${pemLine('BEGIN', 'ED25519 PRIVATE KEY')}\n...\n${pemLine('END', 'ED25519 PRIVATE KEY')}`,
    ],
  },
};
