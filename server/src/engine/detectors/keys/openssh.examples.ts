/** Examples of the OpenSSH key detectors (test data: never imported by the runtime). */
import { B64, fake, fakeBytes, indented, pemLine, toBase64, type ExampleTable } from '../kit/examples.js';

/** An OpenSSH-format body: `openssh-key-v1\0` magic then (fake) key fields, wrapped at 70. */
function fakeOpenSsh(salt: string, eol = '\n'): string {
  const magic = Buffer.from('openssh-key-v1\0', 'latin1');
  const cipher = Buffer.from('\0\0\0\naes256-ctr\0\0\0\x06bcrypt\0\0\0\x18\0\0\0\x10', 'latin1');
  const body = toBase64(Buffer.concat([magic, cipher, Buffer.from(fakeBytes(380, `openssh|${salt}`))])).match(/.{1,70}/g) ?? [];
  return [pemLine('BEGIN', 'OPENSSH PRIVATE KEY'), ...body, pemLine('END', 'OPENSSH PRIVATE KEY')].join(eol);
}

export const examples: ExampleTable = {
  'openssh.private-key': {
    positive: [
      `«${fakeOpenSsh('a')}»\n`,
      `deploy_key: |\n  «${indented(fakeOpenSsh('b'), '  ')}»\n`,
      `SSH_PRIVATE_KEY="«${fakeOpenSsh('c', '\\n')}»\\n"`,
      `«${fakeOpenSsh('d', '\r\n')}»\r\n`,
    ],
    negative: [
      `${pemLine('BEGIN', 'OPENSSH PRIVATE KEY')}\nb3BlbnNzaC1rZXktdjE...\n${pemLine('END', 'OPENSSH PRIVATE KEY')}`,
      `${pemLine('BEGIN', 'OPENSSH PRIVATE KEY')}\n${fake(B64, 70, 'nomagic1')}\n${fake(B64, 70, 'nomagic2')}\n${pemLine('END', 'OPENSSH PRIVATE KEY')}`,
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake(B64, 43, 'pub')} deploy@ci`,
      `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${fake(B64, 340, 'rsapub')} user@host`,
    ],
  },
};
