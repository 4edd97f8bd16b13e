/**
 * Kubernetes credentials (CREDENTIAL-FORMATS.md §1): service-account tokens, kubeconfig client keys,
 * bootstrap tokens, and the base64 `data:` values of `kind: Secret` manifests.
 */
import { decodeBase64, defineDetector, lacksLetterAndDigit, type Detector, type PostValidator } from '../kit/index.js';
import { isDocumentedExample, isPlaceholder, isRepetitive, isSequential } from '../../post-validators/values.js';
import {
  isCredentialWordIdentifier,
  isDecoratedCredentialWord,
  isWholeSequence,
  isWordBuiltDefault,
} from '../../post-validators/defaults.js';
import { isNotAPassword } from '../../post-validators/generic.js';

/** A JWT whose payload carries Kubernetes service-account claims (legacy `kubernetes.io/serviceaccount/*` or bound `kubernetes.io`). */
const isNotKubernetesJwt: PostValidator = ({ value }) => {
  const payload = decodeBase64(value.split('.')[1] ?? '');
  let claims: unknown;
  try {
    claims = JSON.parse(payload);
  } catch {
    return 'payload is not JSON';
  }
  if (typeof claims !== 'object' || claims === null) return 'payload is not an object';
  const record = claims as Record<string, unknown>;
  if (typeof record.iss === 'string' && record.iss.includes('kubernetes/serviceaccount')) return undefined;
  if ('kubernetes.io' in record) return undefined;
  if (Object.keys(record).some((k) => k.startsWith('kubernetes.io/serviceaccount/'))) return undefined;
  return 'no Kubernetes claims';
};

/** Keys of a Secret's `data:` that hold configuration, not credentials. */
const NON_SECRET_DATA_KEY =
  /(?:^|[._-])(?:user|username|login|host|hostname|port|url|uri|endpoint|address|addr|server|region|database|db|dbname|name|namespace|email|bucket|domain|path|ca|cert|crt|ca\.crt|tls\.crt|pem|pub)(?:[._-](?:in|out))?$|accountname$/i;

/**
 * `apiUsername`, `apiAddress`, `node.session.auth.username_in`, `azurestorageaccountname`: user
 * names, addresses and account names, in camelCase too (split at the case change first).
 */
function isNonSecretDataKey(key: string): boolean {
  return NON_SECRET_DATA_KEY.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
}

/** Kubernetes documentation samples (`admin`, `1f2d1e2e67df`) and dev defaults. */
const K8S_SAMPLE_VALUES = new Set(['admin', '1f2d1e2e67df', 'password', 'changeme', 'secret', 'test', 'root']);

/**
 * Per-document memo for the Secret-manifest validator: candidates come line after line, so the
 * parent of a line and the `kind:` of a YAML document are computed once per document, keeping the
 * validator linear on manifests with thousands of keys. Keyed on the text itself (the engine passes
 * the same string for every candidate of a document).
 */
const secretDataMemo = {
  text: '',
  parents: new Map<number, { indent: number; parent: string | undefined }>(),
  kinds: new Map<number, boolean>(),
  /** Product words of the text's `type: kubernetes.io/<product>` lines, computed on first use. */
  typeWords: undefined as Set<string> | undefined,
  /** Offsets of the `\n---` document separators, ascending. */
  separators: [] as number[],
};

function memoFor(text: string): typeof secretDataMemo {
  if (secretDataMemo.text !== text) {
    secretDataMemo.text = text;
    secretDataMemo.parents = new Map();
    secretDataMemo.kinds = new Map();
    secretDataMemo.typeWords = undefined;
    secretDataMemo.separators = [];
    for (let at = text.indexOf('\n---'); at !== -1; at = text.indexOf('\n---', at + 4)) secretDataMemo.separators.push(at);
  }
  return secretDataMemo;
}

/** `type: "kubernetes.io/storageos"` → storageos: the product a Secret type names (once per document text). */
function secretTypeWords(text: string): Set<string> {
  const memo = memoFor(text);
  if (!memo.typeWords) {
    memo.typeWords = new Set();
    for (const match of text.matchAll(/^type:[ \t]*["']?([A-Za-z0-9./_-]{1,200})/gm)) {
      for (const word of match[1]!.toLowerCase().split(/[./_-]+/))
        if (word.length >= 4 && word !== 'kubernetes' && word !== 'opaque') memo.typeWords.add(word);
    }
  }
  return memo.typeWords;
}

/** The nearest line above `lineStart` with a smaller indentation (the YAML parent key), bounded. */
function yamlParent(text: string, lineStart: number, indent: number): string | undefined {
  const memo = memoFor(text);
  let cursor = lineStart;
  let parent: string | undefined;
  for (let steps = 0; steps < 2000 && cursor > 0; steps++) {
    const prevStart = text.lastIndexOf('\n', cursor - 2) + 1;
    const known = memo.parents.get(prevStart);
    if (known && known.indent === indent) {
      parent = known.parent;
      break;
    }
    const line = text.slice(prevStart, cursor - 1).replace(/\r$/, '');
    cursor = prevStart;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const lineIndent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (lineIndent < indent) {
      parent = line.trim();
      break;
    }
  }
  memo.parents.set(lineStart, { indent, parent });
  return parent;
}

/** Whether the YAML document (between `---` separators) around `offset` declares `kind: Secret`. */
function isSecretDocument(text: string, offset: number): boolean {
  const memo = memoFor(text);
  const separators = memo.separators;
  // Binary search: the last separator before `offset` and the first one after it.
  let lo = 0;
  let hi = separators.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((separators[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  const docStart = lo > 0 ? (separators[lo - 1] as number) : 0;
  const known = memo.kinds.get(docStart);
  if (known !== undefined) return known;
  const docEnd = lo < separators.length ? (separators[lo] as number) : text.length;
  const kind = /^kind:[ \t]*["']?Secret["']?[ \t]*\r?$/m;
  // `kind:` is a top-level key: near the start of the document, or near the end when keys are sorted.
  const result =
    kind.test(text.slice(docStart, Math.min(docEnd, docStart + 20_000))) ||
    kind.test(text.slice(Math.max(docStart, docEnd - 20_000), docEnd));
  memo.kinds.set(docStart, result);
  return result;
}

/**
 * A `data:` value of a YAML `kind: Secret` document: the parent key of the line is `data:` and the
 * YAML document declares `kind: Secret`.
 */
const isNotSecretData: PostValidator = (candidate) => {
  const { text, range, groups, value } = candidate;
  const key = groups._key ?? '';
  if (isNonSecretDataKey(key)) return 'non-secret data key';
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, range[0]))?.[0].length ?? 0;
  if (yamlParent(text, lineStart, indent) !== 'data:') return 'not under data:';
  if (!isSecretDocument(text, range[0])) return 'not a kind: Secret document';
  const decoded = decodeBase64(value).trim();
  if (decoded.length < 4) return 'decoded value too short';
  if (/^(?:true|false|yes|no|on|off|\d{1,8})$/i.test(decoded)) return 'decoded value is a flag or number';
  if (K8S_SAMPLE_VALUES.has(decoded.toLowerCase())) return 'documented sample value';
  // `apiPassword: c3RvcmFnZW9z` under `type: kubernetes.io/storageos`: the product's demo default.
  const letters = decoded.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length >= 4 && secretTypeWords(text).has(letters)) return 'decoded value is the product named by the Secret type';
  // Decoded values pass the same placeholder and example filters as plain ones (issue 9).
  const decodedCandidate = { ...candidate, value: decoded, groups: { ...candidate.groups, name: key, _quote: '"' } };
  return (
    isPlaceholder(decodedCandidate) ??
    isRepetitive(decodedCandidate) ??
    isDocumentedExample(decodedCandidate) ??
    isSequential(decodedCandidate) ??
    isWholeSequence(decodedCandidate) ??
    isWordBuiltDefault(decodedCandidate) ??
    isCredentialWordIdentifier(decodedCandidate) ??
    isDecoratedCredentialWord(decodedCandidate) ??
    // A value under a password key is a password: a short or dictionary word is a demo default (`mpass`).
    (/pass(?:word|wd)?(?:_in)?$|pwd$/i.test(key) ? isNotAPassword(decodedCandidate) : undefined)
  );
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'kubernetes.service-account-token',
    title: 'Kubernetes service-account token',
    keywords: ['eyJ'],
    scope: 'document',
    // A JWT whose payload carries service-account claims; beats the plain-JWT detector.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{20,8000}\.[A-Za-z0-9_-]{20,2000})(?![A-Za-z0-9_-])/,
    post: [isNotKubernetesJwt],
    precedence: 1,
    guide: {
      grants:
        "Acts as the service account against the cluster's API server, with every RBAC permission bound to it (often cluster-wide for CI deployers).",
      revoke:
        "Legacy secret-based token: `kubectl delete secret <token-secret> -n <ns>` (a new one is minted if still referenced). Bound tokens expire; to cut them off now, delete and recreate the ServiceAccount, or rotate the cluster's service-account signing key.",
      url: 'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/',
      store: 'Use short-lived tokens (`kubectl create token`) or workload identity; keep kubeconfigs out of repositories.',
    },
  }),
  defineDetector({
    id: 'kubernetes.kubeconfig-client-key',
    title: 'Kubernetes kubeconfig client key',
    keywords: ['client-key-data'],
    scope: 'document',
    // base64 of a PEM block: always starts `LS0tLS1CRUdJTi` (`-----BEGIN`). Beats the decoded private key.
    pattern: /client-key-data:[ \t]*["']?(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{50,16000}={0,2})(?![A-Za-z0-9+/=])/,
    precedence: 1,
    guide: {
      grants: "Authenticates to the cluster as the certificate's user (often `kubernetes-admin` in system:masters: full cluster control).",
      revoke:
        "Client certificates cannot be revoked individually: remove the user's RBAC bindings, and for admin certs rotate the cluster CA (`kubeadm certs renew` / provider credential rotation); issue a new kubeconfig.",
      url: 'https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/',
      store: 'Keep kubeconfigs in ~/.kube outside repositories; prefer exec-based credential plugins (OIDC, cloud IAM) over embedded keys.',
    },
  }),
  defineDetector({
    id: 'kubernetes.bootstrap-token',
    title: 'Kubernetes bootstrap token',
    keywords: ['kubeadm', 'bootstrap', '--token'],
    // `<6 [a-z0-9]>.<16 [a-z0-9]>` (kubeadm join --token, bootstrap-token Secrets).
    pattern:
      /(?:--token[ =]|token:[ \t]*|bootstrap[A-Za-z_-]{0,20}token[A-Za-z_]{0,20}["']?\s*[:=]\s*)["']?(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9.])/,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Joins new nodes to the cluster (and, with the CA hash, lets a machine obtain kubelet credentials) until the token expires.',
      revoke: '`kubeadm token list` then `kubeadm token delete <token-id>`.',
      url: 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-token/',
      store: 'Generate join tokens on demand with a short TTL (`kubeadm token create --ttl 1h`); never commit them.',
    },
  }),
  defineDetector({
    id: 'kubernetes.secret-data',
    title: 'Kubernetes Secret data value',
    keywords: ['kind: secret'],
    scope: 'document',
    // Base64 values under `data:` of a `kind: Secret` manifest. Broad: a specific detector that
    // recognises the decoded value wins (precedence -1).
    pattern: /^[ \t]{1,12}(?<_key>[A-Za-z0-9_.-]{1,253}):[ \t]{1,10}["']?(?<secret>[A-Za-z0-9+/]{8,8192}={0,2})["']?[ \t]*\r?$/m,
    post: [isNotSecretData],
    precedence: -1,
    guide: {
      grants:
        'Whatever the decoded value is: base64 in a Secret manifest is encoding, not encryption, so anyone with the file has the credential.',
      revoke:
        'Rotate the credential at its issuer, update the Secret in the cluster (`kubectl create secret … --dry-run=client -o yaml | kubectl apply -f -`), and remove it from the repository history.',
      url: 'https://kubernetes.io/docs/concepts/configuration/secret/',
      store: 'Commit SealedSecrets, SOPS-encrypted files or ExternalSecret references instead of Secret manifests with data.',
    },
  }),
];
