/** vault (CREDENTIAL-FORMATS.md §7, secret managers and identity). */
import {
  assignedTo,
  B64URL,
  ci,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  nameWith,
  prefixedToken,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

// HashiCorp Vault / OpenBao — `hvs.`/`hvb.`/`hvr.` since 1.10; `s.`/`b.`/`r.` before (and in OpenBao).
const vaultRevoke =
  '`vault token revoke <token>` (or `vault token revoke -accessor <accessor>`), then find what the token could read in the audit log and rotate those secrets.';
const vaultUrl = 'https://developer.hashicorp.com/vault/docs/concepts/tokens';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'vault.service-token',
    title: 'HashiCorp Vault service token',
    keywords: ['hvs.'],
    scope: 'document',
    // ~95 chars with server-side consistent tokens, 24 without; Enterprise adds `.<namespace id>`.
    pattern: () => prefixedToken('hvs.', B64URL, [24, 300], '(?:\\.[A-Za-z0-9]{5})?'),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(4) })],
    minEntropy: 3.5,
    guide: {
      grants:
        "Reads and writes every secret path the token's policies allow (often database credentials, cloud keys, PKI) until it expires; child tokens inherit from it.",
      revoke: vaultRevoke,
      url: vaultUrl,
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'vault.batch-token',
    title: 'HashiCorp Vault batch token',
    keywords: ['hvb.'],
    scope: 'document',
    pattern: () => prefixedToken('hvb.', B64URL, [60, 500]),
    minEntropy: 4,
    guide: {
      grants: 'Reads the secrets its policies allow until its TTL ends; batch tokens cannot be revoked individually.',
      revoke: 'Revoke the parent token (`vault token revoke <parent>`) or wait for the TTL; rotate the secrets it could read.',
      url: vaultUrl,
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'vault.recovery-token',
    title: 'HashiCorp Vault recovery token',
    keywords: ['hvr.'],
    scope: 'document',
    pattern: () => prefixedToken('hvr.', B64URL, [24, 300]),
    minEntropy: 3.5,
    guide: {
      grants: 'Operates Vault in recovery mode (read and repair raw storage) while the server runs in that mode.',
      revoke: vaultRevoke,
      url: vaultUrl,
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'vault.legacy-token',
    title: 'HashiCorp Vault / OpenBao token (s./b./r. prefix)',
    keywords: ['vault', 'bao_token', 'root token'],
    // `s.` + 24 is too short a prefix to match alone: require a Vault name, header, CLI or init output.
    pattern: () =>
      leadThen(
        [
          assignedTo([nameWith('vault', 'token'), nameWith('bao', 'token')]),
          `${ci('initial root token')}:\\s*`,
          `${ci('vault')}\\s+${ci('login')}\\s+`,
        ],
        '[sbr]\\.[A-Za-z0-9]{24}',
      ),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(2) })],
    minEntropy: 3.5,
    guide: {
      grants: "Reads and writes every secret path the token's policies allow; an initial root token has no limits at all.",
      revoke: `${vaultRevoke} For a root token, revoke it and generate a new one only when needed (\`vault operator generate-root\`).`,
      url: vaultUrl,
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'vault.unseal-key',
    title: 'HashiCorp Vault unseal / recovery key share',
    keywords: ['unseal key', 'recovery key'],
    // `vault operator init` output: `Unseal Key 1: <base64>` (or hex with -key-shares … -format).
    pattern: /(?:Unseal|Recovery) Key \d{1,2}:\s*(?<secret>[A-Za-z0-9+/]{40,48}={0,2}|[0-9a-f]{64,66})(?![A-Za-z0-9+/=])/,
    guide: {
      grants: 'With enough other shares (the threshold), unseals Vault or generates a new root token: full control of every secret.',
      revoke:
        'Rekey the barrier with `vault operator rekey` (recovery keys: `vault operator rekey -target=recovery`), then store shares with separate people or an HSM/KMS auto-unseal.',
      url: 'https://developer.hashicorp.com/vault/docs/commands/operator/rekey',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
