/** Examples of the OpenPGP key detectors (test data: never imported by the runtime). */
import { B64, fake, fakeBytes, indented, pemLine, toBase64, type ExampleTable } from '../kit/examples.js';

/** An OpenPGP secret-key armour block with a header and the CRC-24 line (checksum not computed). */
function fakePgp(salt: string): string {
  const body = toBase64(fakeBytes(900, `pgp|${salt}`)).match(/.{1,64}/g) ?? [];
  return [
    pemLine('BEGIN', 'PGP PRIVATE KEY BLOCK'),
    'Comment: release signing key',
    '',
    ...body,
    `=${fake(B64, 4, `crc${salt}`)}`,
    pemLine('END', 'PGP PRIVATE KEY BLOCK'),
  ].join('\n');
}

export const examples: ExampleTable = {
  'pgp.private-key-block': {
    positive: [`«${fakePgp('a')}»`, `  GPG_SIGNING_KEY: |\n    «${indented(fakePgp('b'), '    ')}»`],
    negative: [
      `${pemLine('BEGIN', 'PGP PUBLIC KEY BLOCK')}\n\n${(toBase64(fakeBytes(900, 'pgp-pub')).match(/.{1,64}/g) ?? []).join('\n')}\n${pemLine('END', 'PGP PUBLIC KEY BLOCK')}`,
      `${pemLine('BEGIN', 'PGP PRIVATE KEY BLOCK')}\n\n[your exported key]\n${pemLine('END', 'PGP PRIVATE KEY BLOCK')}`,
      `${pemLine('BEGIN', 'PGP SIGNATURE')}\n\n${(toBase64(fakeBytes(300, 'sig')).match(/.{1,64}/g) ?? []).join('\n')}\n${pemLine('END', 'PGP SIGNATURE')}`,
    ],
  },
};
