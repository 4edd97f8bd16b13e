/**
 * Post-validators: small pure predicates that reject a candidate and say why
 * (detect-secrets `filters/heuristic.py` habit). Each returns a reason, or undefined to keep.
 */
import { shannonEntropy } from '../entropy.js';
import type { CandidateContext, PostValidator } from '../types.js';

const PLACEHOLDER_WORDS =
  /(?:^|[^a-z])(?:your|my)[_\- ]?(?:own[_\- ]?)?(?:api|app|access|secret|key|token|pass|password|client|auth|private)|changeme|change[_-]?(?:me|this|it)\b|not[_-]?(?:a[_-]?)?secret|dev[_-]only|replace[_-]?(?:me|with|this)|placeholder|redacted|dummy|example|sample[_-]?(?:key|token|secret|pass)|insert[_-]?(?:your|key|here)|fill[_-]?(?:me|in)|goes[_-]?here|put[_-]?(?:your|it)|not[_-]?(?:a|the)[_-]?(?:real|secret)|todo|fixme|<[^>]*>|\*{3,}|x{5,}|X{5,}|\.{3}|…|•{3,}/i;

const PLACEHOLDER_WORDS_ALL = new RegExp(PLACEHOLDER_WORDS.source, 'gi');

/**
 * A word written by a person has one case: `example`, `EXAMPLE`, `Example`. Random tokens spell
 * such words by chance in mixed case (`ghp_…rtoDOKe…` holds "toDO"): those are not placeholders.
 */
function hasHumanCase(text: string): boolean {
  const words = text.split(/[^A-Za-z]+/).filter(Boolean);
  return words.every((word) => word === word.toLowerCase() || word === word.toUpperCase() || /^[A-Z][a-z]+$/.test(word));
}

/** `YourPingdomToken`, `your_slack_webhook_secret`, `MY-LICENSE-KEY`: "your/my" + words + a credential word. */
const OWNED_CREDENTIAL_WORDS = /^(?:your|my)[-_]?(?:[A-Za-z]+[-_]?){0,5}(?:key|token|secret|password|passwd|pass|pwd|id|license)$/i;

/** `xxxx`, `<your-key>`, `CHANGEME`, `********`, `sk_live_...`: values written to be replaced. */
export const isPlaceholder: PostValidator = ({ value }) => {
  for (const match of value.matchAll(PLACEHOLDER_WORDS_ALL)) if (hasHumanCase(match[0])) return 'placeholder';
  if (OWNED_CREDENTIAL_WORDS.test(value) && hasHumanCase(value.replace(/([a-z])([A-Z])/g, '$1 $2'))) return 'placeholder';
  return undefined;
};

const TEMPLATE =
  /^%%[A-Za-z_][\w.-]*%%|^%[A-Za-z_][\w.()-]*%|%env\(|\$\{|\{\{|\}\}|\{%|%\}|<%|%>|#\{|\$\(|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^\{[A-Za-z_]+\}$|\[\[|\]\]|^@[A-Za-z_]+@$|^__[A-Z0-9_]+__$/;

/**
 * `${VAR}`, `{{ x }}`, `<%= … %>`, `$VAR`, `%VAR%`, `%%IMAGE%%` (build-time substitution), `{name}`, `__TOKEN__`:
 * filled in at run time.
 */
export const isTemplated: PostValidator = ({ value }) => (TEMPLATE.test(value) ? 'template' : undefined);

/** The same character, or a short unit, repeated: `aaaaaaaa`, `abcabcabc`, `00000000`. */
export const isRepetitive: PostValidator = ({ value }) => {
  // Only when the run is most of the value: Twitter bearer tokens start with ~21 `A`s, Dropbox
  // long-lived tokens hold `AAAAAAAAAA` in the middle, and both are real.
  const longest = Math.max(0, ...(value.match(/(.)\1{7,}/g) ?? []).map((run) => run.length));
  if (longest > 0 && longest >= value.length / 2) return 'repeated character';
  // `sdk-00000000-0000-0000-0000-000000000000`: one character makes most of the value.
  const alnum = value.replace(/[^A-Za-z0-9]/g, '');
  if (alnum.length >= 16) {
    const counts = new Map<string, number>();
    for (const ch of alnum) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (Math.max(...counts.values()) >= alnum.length * 0.7) return 'mostly one character';
  }
  for (let unit = 1; unit <= 4; unit++) {
    if (
      value.length >= unit * 4 &&
      value ===
        value
          .slice(0, unit)
          .repeat(Math.ceil(value.length / unit))
          .slice(0, value.length)
    )
      return 'repeated unit';
  }
  return undefined;
};

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm', 'zyxwvutsrqponmlkjihgfedcba', '9876543210'];

/** `abcdef123456`, `qwerty`: keyboard and alphabet runs of 8 or more. */
export const isSequential: PostValidator = ({ value }) => {
  const lower = value.toLowerCase();
  for (const sequence of SEQUENCES) {
    for (let i = 0; i + 8 <= sequence.length; i++) {
      if (lower.includes(sequence.slice(i, i + 8))) return 'sequential characters';
    }
  }
  return undefined;
};

/** Published documentation and emulator values (CREDENTIAL-FORMATS.md, "must NOT be flagged"). */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
  'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  // Slack's documentation token, joined at run time so that the bundle does not hold a token-shaped
  // literal (vsce's secret check refuses such a package).
  ['xoxb', 'not-a-real-token-this-will-not-work'].join('-'),
  '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',
  '1/mZ1edKKACtPAb7zGlwSzvs72PvhAbGmB8K1ZrGxpcNM',
  // jwt.io's sample token (HS256, "John Doe").
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // Supabase CLI's published local-development JWT secret.
  'super-secret-jwt-token-with-at-least-32-characters-long',
  // The gcloud CLI's published installed-app client secret.
  'd-FL95Q19q7MQmFpd7hHD0Ty',
]);

/** Issuers of published demo JWTs (Supabase CLI's local anon/service_role keys). */
const DEMO_JWT_ISSUERS = /"iss"\s*:\s*"supabase-demo"/;

export const isDocumentedExample: PostValidator = ({ value }) => {
  if (DOCUMENTED_EXAMPLES.has(value)) return 'documented example value';
  if (value.startsWith('eyJ')) {
    const payload = value.split('.')[1];
    if (payload && payload.length < 4096 && DEMO_JWT_ISSUERS.test(Buffer.from(payload, 'base64url').toString('latin1')))
      return 'published demo token';
  }
  if (/EXAMPLE(?:KEY)?$/.test(value) || /^EXAMPLE/.test(value)) return 'documented example value';
  return undefined;
};

/** Factory: reject values below `bits` of Shannon entropy per character. */
export function hasEntropyBelow(bits: number): PostValidator {
  return ({ value }) => (shannonEntropy(value) < bits ? `entropy below ${bits}` : undefined);
}

export const isUuid: PostValidator = ({ value }) =>
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value) ? 'uuid' : undefined;

/** A bare hex digest (MD5, SHA-1, SHA-256, SHA-512) — a hash or a commit id, not a credential by itself. */
export const isHexDigest: PostValidator = ({ value }) =>
  /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64}|[0-9A-F]{128})$/.test(value)
    ? 'hex digest'
    : undefined;

/**
 * Paths and secret-manager names, not secrets: `/etc/credstore/jwt-secret`, `jwt-secret:/run/…`,
 * `pricing/db-password`. Conservative on purpose — Base64 secrets contain `/` too, so a relative
 * path must be lower-case words separated by `/`, `-`, `_`, `.`.
 */
export const isPathLike: PostValidator = ({ value }) => {
  if (/^(?:[\w-]+:)?\/(?:etc|var|run|usr|home|opt|tmp|srv|mnt|secrets?|vault|data|app|config|keys?)\/[\w./-]+$/.test(value))
    return 'file path';
  if (/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?:\/[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)+$/.test(value)) return 'path or secret-manager name';
  return undefined;
};

/**
 * A match inside a longer Base64 run is a chance substring of encoded data (an inline PNG in a
 * notebook holds `1//…` and every other prefix sooner or later). Encoded secrets are found by
 * decoding the run (encoded.ts), not by reading it as text.
 */
export const isInsideLongerBase64Run: PostValidator = ({ text, range }) => {
  const BASE64_CHAR = /[A-Za-z0-9+/=]/;
  let before = 0;
  while (before < 64 && range[0] - before - 1 >= 0 && BASE64_CHAR.test(text[range[0] - before - 1]!)) before++;
  let after = 0;
  while (after < 64 && range[1] + after < text.length && BASE64_CHAR.test(text[range[1] + after]!)) after++;
  return before >= 64 && after >= 64 ? 'inside a longer Base64 run' : undefined;
};

/** The `?message` of a shell `${VAR:?message}`: an error text, not a default value. */
export const isShellErrorMessage: PostValidator = ({ value, text, range }) =>
  value.startsWith('?') && /\$\{[A-Za-z_]\w*:$/.test(text.slice(Math.max(0, range[0] - 80), range[0]))
    ? 'shell ${VAR:?message} error text'
    : undefined;

/** Built from several predicates: the first reason wins. */
export function firstReason(validators: readonly PostValidator[], candidate: CandidateContext): string | undefined {
  for (const validator of validators) {
    const reason = validator(candidate);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** The post-validators every specific detector gets for free. */
export const COMMON_VALIDATORS: readonly PostValidator[] = [
  isTemplated,
  isPlaceholder,
  isRepetitive,
  isSequential,
  isDocumentedExample,
  isPathLike,
  isInsideLongerBase64Run,
  isShellErrorMessage,
];

/**
 * A Firebase *web* config (`apiKey` next to `authDomain` / `messagingSenderId`): the key is public
 * by design, shipped to every browser (CREDENTIAL-FORMATS.md, gcp.api_key look-alikes).
 */
export const isFirebaseWebConfig: PostValidator = ({ text, range }) => {
  const around = text.slice(Math.max(0, range[0] - 600), Math.min(text.length, range[1] + 600));
  return /authDomain|messagingSenderId|firebaseapp\.com/.test(around) &&
    /apiKey/i.test(around) &&
    !/private_key|service_account/.test(around)
    ? 'Firebase web config (public)'
    : undefined;
};
