/**
 * Jenkins secrets encrypted with the controller's key (hudson.util.Secret / SecretBytes, Jenkins ≥ 2.x):
 * `{` + Base64 of [version 1][IV length, 4 bytes big endian = 16][data length, 4 bytes][IV][AES-CBC data] + `}`,
 * hence the fixed start `{AQAAABAAAA` (the data length's high bytes are 0 below 16 MB). They fill
 * `<password>`, `<secret>`, `<privateKey>`, `<passphrase>`, `<apiToken>` of `credentials.xml`, job
 * `config.xml` files and JCasC exports. Anyone holding the controller's `secrets/master.key` and
 * `secrets/hudson.util.Secret` (often in the same JENKINS_HOME backup), or the script console, decrypts
 * them; a committed credentials store is a leak.
 */
import { defineDetector, type Detector, type PostValidator } from '../kit/index.js';

/** Version 1 payload with a 16-byte IV and a data length that matches the rest (a multiple of the AES block). */
const isNotJenkinsSecret: PostValidator = ({ value }) => {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length < 1 + 8 + 16 + 16) return 'too short for an encrypted Jenkins secret';
  if (bytes[0] !== 1 || bytes.readInt32BE(1) !== 16) return 'not a version-1 Jenkins secret payload';
  const dataLength = bytes.readInt32BE(5);
  return dataLength === bytes.length - 1 - 8 - 16 && dataLength % 16 === 0 ? undefined : 'payload length does not match';
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'jenkins.encrypted-secret',
    title: 'Jenkins credential encrypted with the controller key ({AQAAABAAAA…})',
    keywords: ['{AQAAABAAAA'],
    pattern: /(?<=\{)(?<secret>AQAAABAAAA[A-Za-z0-9+/]{33,8000}={0,2})(?=\})/,
    post: [isNotJenkinsSecret],
    guide: {
      grants: 'The credential itself (password, token, SSH key or secret file) to whoever also has the controller\'s secrets/ directory or script-console access; committed credentials stores usually travel with them in JENKINS_HOME backups.',
      revoke: 'Rotate the underlying secret at the service it belongs to (the credential id and description say which), update it in Jenkins (Manage Jenkins → Credentials), and remove credentials.xml / config.xml exports from the repository; if secrets/ leaked too, treat every stored credential as exposed.',
      url: 'https://www.jenkins.io/doc/book/security/managing-security/',
      store: 'Keep JENKINS_HOME (credentials.xml, secrets/) out of git; manage configuration as code with credentials injected from a secret store (JCasC `${VAR}` / Kubernetes secrets, the HashiCorp Vault or AWS Secrets Manager credentials providers).',
    },
  }),
];
