/**
 * Jenkins credentials (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling): user API tokens, and
 * secrets encrypted with the controller's key (hudson.util.Secret / SecretBytes, Jenkins ≥ 2.x):
 * `{` + Base64 of [version 1][IV length, 4 bytes big endian = 16][data length, 4 bytes][IV][AES-CBC data] + `}`,
 * hence the fixed start `{AQAAABAAAA` (the data length's high bytes are 0 below 16 MB). They fill
 * `<password>`, `<secret>`, `<privateKey>`, `<passphrase>`, `<apiToken>` of `credentials.xml`, job
 * `config.xml` files and JCasC exports. Anyone holding the controller's `secrets/master.key` and
 * `secrets/hudson.util.Secret` (often in the same JENKINS_HOME backup), or the script console, decrypts
 * them; a committed credentials store is a leak.
 */
import { ci, defineDetector, providerKindName, STORE_IN_CI_SECRETS, type Detector, type PostValidator } from '../kit/index.js';

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
    id: 'jenkins.api-token',
    title: 'Jenkins user API token',
    keywords: ['jenkins'],
    // 32 hex (legacy) or `11` + 32 hex; in a Jenkins-named variable, a user:token URL or `-u user:token`.
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,30}${providerKindName([ci('jenkins')], ['token', 'api_key', 'apikey', 'key', 'password', 'pass', 'secret'], { gap: 24 })}[A-Za-z0-9_.-]{0,20})["'\`]?[ \\t]{0,8}(?::=|=>|=|:|[ \\t])[ \\t]{0,8}["'\`]?` +
          `|https?://[^:/\\s@]{1,64}:|(?:-u|--user)[ \\t]{1,8}["']?[^:\\s"']{1,64}:)(?<secret>(?:11)?[0-9a-f]{32})(?![A-Za-z0-9_+/=-])`,
      ),
    minEntropy: 3.0,
    guide: {
      grants:
        'Acts as the Jenkins user through the API and CLI: trigger and configure jobs, read build logs, and for administrators run Groovy scripts (remote code execution) and read stored credentials.',
      revoke: 'Jenkins → the user (top right) → Security (or Configure) → API Token → Revoke.',
      store: STORE_IN_CI_SECRETS,
    },
  }),
  defineDetector({
    id: 'jenkins.encrypted-secret',
    title: 'Jenkins credential encrypted with the controller key ({AQAAABAAAA…})',
    keywords: ['{AQAAABAAAA'],
    pattern: /(?<=\{)(?<secret>AQAAABAAAA[A-Za-z0-9+/]{33,8000}={0,2})(?=\})/,
    post: [isNotJenkinsSecret],
    guide: {
      grants:
        "The stored credential (password, token, SSH key) to anyone who also has the controller's secrets/ folder, often in the same JENKINS_HOME backup.",
      revoke:
        'Rotate the secret at the service it belongs to, update it in Manage Jenkins → Credentials, and remove the exported XML; if secrets/ leaked too, rotate every stored credential.',
      url: 'https://www.jenkins.io/doc/book/security/managing-security/',
      store:
        'Keep JENKINS_HOME (credentials.xml, secrets/) out of git; inject credentials into configuration as code from a secret store (JCasC `${VAR}`, Vault or cloud secret-manager providers).',
    },
  }),
];
