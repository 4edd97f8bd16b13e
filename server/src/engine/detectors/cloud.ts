/**
 * Cloud and infrastructure platforms other than AWS, Google Cloud/Firebase and Azure: Alibaba,
 * Tencent, Huawei, Baidu, IBM, Oracle, DigitalOcean, Linode, Vultr, Hetzner, Scaleway, OVH,
 * Cloudflare, Heroku, Vercel, Netlify, Fly.io, Render, Railway, Scalingo, OpenShift, Kubernetes,
 * Terraform Cloud, Pulumi, Infracost, Aiven, Yandex, Backblaze, Wasabi, MinIO.
 * Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths).
 *
 * Also exports the small helpers the aws/gcp/azure files share (context checks, name fragments).
 */
import { fake, fakeJwt } from '../fake.js';
import { B62, B64, B64URL, HEX, LOWER_DIGITS, UPPER_DIGITS, assignment, ci, prefixedToken, type Alphabet } from '../patterns.js';
import { isPlaceholder, isRepetitive } from '../post-validators/values.js';
import type { CandidateContext, Detector, DetectorGuide, Example, PostValidator } from '../types.js';
import { fakeUuid } from '../fake.js';
import { UUID } from '../patterns.js';
export { fakeUuid, UUID };

// ---------------------------------------------------------------------------------------------
// Shared helpers (aws.ts, gcp.ts and azure.ts import these).

/** `words('aws', 'secret', 'key')`: a case-insensitive name fragment, parts joined by `_`, `.`, `-` or nothing. */
export function words(...parts: string[]): string {
  return parts.map(ci).join('[._-]?');
}

/** Text within `chars` characters on both sides of the candidate's secret. */
export function around(candidate: Pick<CandidateContext, 'text' | 'range'>, chars: number): string {
  const { text, range } = candidate;
  return text.slice(Math.max(0, range[0] - chars), Math.min(text.length, range[1] + chars));
}

/** Rejects the candidate unless `re` occurs within `chars` characters of the secret. */
export function requireNearby(re: RegExp, chars: number, what: string): PostValidator {
  return (candidate) => (re.test(around(candidate, chars)) ? undefined : `no ${what} nearby`);
}

/** Rejects the candidate when `re` occurs within `chars` characters of the secret. */
export function rejectNearby(re: RegExp, chars: number, reason: string): PostValidator {
  return (candidate) => (re.test(around(candidate, chars)) ? reason : undefined);
}

/** Random base62/base64 secrets of 24+ characters practically always mix lower, upper and digits. */
export const lacksMixedClasses: PostValidator = ({ value }) => (/[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) ? undefined : 'not mixed-case alphanumeric');

/** Upper-case key ids mix letters and digits. */
export const lacksLetterAndDigit: PostValidator = ({ value }) => (/[A-Za-z]/.test(value) && /[0-9]/.test(value) ? undefined : 'no letter/digit mix');

/** A pure hex value in a base64 slot is a digest or a commit id, not the secret. */
export const isHexOnly: PostValidator = ({ value }) => (/^[0-9a-fA-F]+$/.test(value) ? 'hex only' : undefined);

/** A post-validator applied to a companion part as well as the main value. */
export function rejectValues(values: readonly string[], reason: string): PostValidator {
  const set = new Set(values);
  return ({ value }) => (set.has(value) ? reason : undefined);
}

/**
 * A name fragment matching an attribute inside a Terraform provider block,
 * `provider "linode" {\n  token = "…"` (a frequent home of cloud tokens). Used inside `assignment`
 * names; the block is bounded so that the search stays linear.
 */
export function tfProvider(provider: string, attributes: readonly string[]): string {
  return `provider\\s{1,10}"${provider}"\\s{0,10}\\{[^{}]{0,300}?(?<![A-Za-z0-9_])(?:${attributes.join('|')})`;
}

/**
 * A name-assignment pattern that only starts at the beginning of a name (not inside a word): the
 * name prefix `[A-Za-z0-9_.-]{0,40}` is then tried once per name instead of at every character,
 * which keeps document-scoped detectors linear and fast on long identifier runs.
 */
export function anchored(re: RegExp): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_.-])${re.source}`, re.flags);
}

/** `00000000-0000-…`, `aaaaaaaa`: a run of `length` identical characters anywhere (UUID-shaped and hex secrets never have one). */
export function hasRunOf(length: number): PostValidator {
  const run = new RegExp(`(.)\\1{${length - 1},}`);
  return ({ value }) => (run.test(value) ? 'repeated characters' : undefined);
}

/** A fake that is guaranteed to contain lower, upper and digit characters (examples must pass `lacksMixedClasses`). */
export function fakeMixed(alpha: Alphabet, length: number, salt: string): string {
  for (let i = 0; i < 50; i++) {
    const value = fake(alpha, length, `${salt}${i}`);
    if (/[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value)) return value;
  }
  return fake(alpha, length, salt);
}

interface TokenSpec {
  readonly id: string;
  readonly title: string;
  readonly prefix: string | readonly string[];
  readonly alpha: Alphabet;
  readonly length: number | readonly [number, number?];
  readonly positive: readonly Example[];
  readonly negative: readonly Example[];
  readonly guide: DetectorGuide;
  readonly post?: readonly PostValidator[];
  readonly minEntropy?: number;
}

/** A prefix-anchored token: keyword = the prefix(es). */
export function tokenDetector(spec: TokenSpec): Detector {
  return {
    id: spec.id,
    title: spec.title,
    kind: 'specific',
    keywords: typeof spec.prefix === 'string' ? [spec.prefix] : [...spec.prefix],
    pattern: prefixedToken(spec.prefix, spec.alpha, spec.length),
    ...(spec.post ? { post: spec.post } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    examples: { positive: spec.positive, negative: spec.negative },
    guide: spec.guide,
  };
}

const STORE_ENV = 'Keep it in a secret manager or the CI provider\'s secret store and inject it as an environment variable at run time; never commit it.';

// ---------------------------------------------------------------------------------------------
// Kubernetes helpers.

function base64UrlDecode(segment: string): string {
  try {
    return Buffer.from(segment, 'base64url').toString('utf8');
  } catch {
    return '';
  }
}

/** A JWT whose payload carries Kubernetes service-account claims (legacy `kubernetes.io/serviceaccount/*` or bound `kubernetes.io`). */
const isNotKubernetesJwt: PostValidator = ({ value }) => {
  const payload = base64UrlDecode(value.split('.')[1] ?? '');
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
const NON_SECRET_DATA_KEY = /(?:^|[._-])(?:user|username|login|host|hostname|port|url|uri|endpoint|server|region|database|db|dbname|name|namespace|email|bucket|domain|path|ca|cert|crt|ca\.crt|tls\.crt|pem|pub)$/i;
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
  /** Offsets of the `\n---` document separators, ascending. */
  separators: [] as number[],
};

function memoFor(text: string): typeof secretDataMemo {
  if (secretDataMemo.text !== text) {
    secretDataMemo.text = text;
    secretDataMemo.parents = new Map();
    secretDataMemo.kinds = new Map();
    secretDataMemo.separators = [];
    for (let at = text.indexOf('\n---'); at !== -1; at = text.indexOf('\n---', at + 4)) secretDataMemo.separators.push(at);
  }
  return secretDataMemo;
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
  const result = kind.test(text.slice(docStart, Math.min(docEnd, docStart + 20_000))) || kind.test(text.slice(Math.max(docStart, docEnd - 20_000), docEnd));
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
  if (NON_SECRET_DATA_KEY.test(key)) return 'non-secret data key';
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, range[0]))?.[0].length ?? 0;
  if (yamlParent(text, lineStart, indent) !== 'data:') return 'not under data:';
  if (!isSecretDocument(text, range[0])) return 'not a kind: Secret document';
  const decoded = Buffer.from(value, 'base64').toString('utf8').trim();
  if (decoded.length < 4) return 'decoded value too short';
  if (/^(?:true|false|yes|no|on|off|\d{1,8})$/i.test(decoded)) return 'decoded value is a flag or number';
  if (K8S_SAMPLE_VALUES.has(decoded.toLowerCase())) return 'documented sample value';
  const decodedCandidate = { ...candidate, value: decoded };
  return isPlaceholder(decodedCandidate) ?? isRepetitive(decodedCandidate);
};

/** The Cloudflare tunnel token is base64 of `{"a":account,"t":tunnel,"s":secret}`. */
const isNotTunnelJson: PostValidator = ({ value }) => {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as Record<string, unknown>;
    return typeof parsed.s === 'string' && typeof parsed.t === 'string' ? undefined : 'no tunnel secret';
  } catch {
    return 'not a tunnel token';
  }
};

// ---------------------------------------------------------------------------------------------
// Example values.

const ALIBABA_ID = `LTAI${fakeMixed(B62, 20, 'ali-id')}`;
const ALIBABA_SECRET = fakeMixed(B62, 30, 'ali-secret');
const TENCENT_ID = `AKID${fakeMixed(B62, 32, 'tc-id')}`;
const TENCENT_KEY = fakeMixed(B62, 32, 'tc-key');
const HUAWEI_AK = `${fake(UPPER_DIGITS, 19, 'hw-ak')}7`;
const HUAWEI_SK = fakeMixed(B62, 40, 'hw-sk');
const CF_TOKEN = fakeMixed(B64URL, 40, 'cf-token');
const VERCEL_LEGACY = fakeMixed(B62, 24, 'vercel');
const K8S_SA_JWT = fakeJwt(
  {
    iss: 'kubernetes/serviceaccount',
    'kubernetes.io/serviceaccount/namespace': 'ci',
    'kubernetes.io/serviceaccount/secret.name': 'deployer-token-x7k2p',
    'kubernetes.io/serviceaccount/service-account.name': 'deployer',
    sub: 'system:serviceaccount:ci:deployer',
  },
  'k8s-legacy',
  { alg: 'RS256', kid: 'k8s' },
);
const K8S_BOUND_JWT = fakeJwt(
  {
    aud: ['https://kubernetes.default.svc'],
    exp: 1893456000,
    iss: 'https://oidc.eks.eu-west-1.amazonaws.com/id/5C0D1F3B9A7E4D2C8B6A',
    'kubernetes.io': { namespace: 'payments', serviceaccount: { name: 'api', uid: fakeUuid('k8s-uid') } },
    sub: 'system:serviceaccount:payments:api',
  },
  'k8s-bound',
  { alg: 'RS256', kid: 'bound' },
);
const PLAIN_JWT = fakeJwt({ sub: 'user-42', name: 'Ada', iat: 1700000000 }, 'plain');
const TUNNEL_TOKEN = Buffer.from(JSON.stringify({ a: fake(HEX, 32, 'cf-acct'), t: fakeUuid('cf-tunnel'), s: Buffer.from(fake(B62, 32, 'cf-s')).toString('base64') })).toString('base64');
const KUBE_CLIENT_KEY = Buffer.from(`${'-'.repeat(5)}BEGIN EC PRIVATE KEY${'-'.repeat(5)}\n${Buffer.from(fake(B62, 90, 'kck')).toString('base64')}\n${'-'.repeat(5)}END EC PRIVATE KEY${'-'.repeat(5)}\n`).toString('base64');
const K8S_SECRET_PASSWORD = Buffer.from(`${fakeMixed(B62, 20, 'k8s-pw')}`).toString('base64');
const K8S_SECRET_API = Buffer.from(`${fakeMixed(B62, 32, 'k8s-api')}`).toString('base64');

export const detectors: Detector[] = [
  // --- Alibaba Cloud ---------------------------------------------------------------------------
  {
    id: 'alibaba.access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    kind: 'specific',
    keywords: ['LTAI'],
    pattern: prefixedToken('LTAI', B62, [12, 20]),
    post: [lacksLetterAndDigit],
    companions: [
      {
        name: 'access_key_secret',
        pattern: /(?<![A-Za-z0-9+/])(?<value>[A-Za-z0-9]{30})(?![A-Za-z0-9+/=])/,
        withinLines: 4,
        post: [lacksMixedClasses],
      },
    ],
    examples: {
      positive: [
        `ALIBABA_CLOUD_ACCESS_KEY_ID=«${ALIBABA_ID}»\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_SECRET}`,
        `client = AcsClient("«${ALIBABA_ID}»", "${ALIBABA_SECRET}", "cn-hangzhou")`,
      ],
      negative: ['access_key_id: LTAI****************', 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx', 'LTAI prefixes RAM user AccessKey ids'],
    },
    guide: {
      grants: 'Together with its AccessKey secret, signs Alibaba Cloud API calls as the RAM user or account: everything its policies allow (ECS, OSS, RDS …).',
      revoke: 'RAM console → Users → the user → AccessKey → Disable, then Delete; create a new AccessKey and update its consumers first.',
      url: 'https://ram.console.aliyun.com/users',
      store: STORE_ENV,
    },
  },
  {
    id: 'alibaba.access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    kind: 'specific',
    keywords: ['accesskeysecret', 'access_key_secret', 'access-key-secret', 'access.key.secret', 'alibaba', 'aliyun', 'alicloud'],
    keywordScope: 'line',
    pattern: anchored(assignment(
      [words('access', 'key', 'secret'), `${ci('alibaba')}[A-Za-z0-9_.-]{0,30}${ci('secret')}`, `${ci('aliyun')}[A-Za-z0-9_.-]{0,30}${ci('secret')}`, `${ci('alicloud')}[A-Za-z0-9_.-]{0,20}${ci('secret')}`],
      '[A-Za-z0-9]{30}',
    )),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    examples: {
      positive: [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=«${ALIBABA_SECRET}»`, `aliyun:\n  accessKeySecret: "«${fakeMixed(B62, 30, 'ali2')}»"`],
      negative: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIYUN_SECRET}', 'access_key_secret = "your-access-key-secret-here-00"', `access_key_secret = "${'a1B'.repeat(10)}"`],
    },
    guide: {
      grants: 'Signs Alibaba Cloud API calls for its AccessKey ID: full access within the RAM user\'s policies.',
      revoke: 'RAM console → Users → AccessKey → disable and delete the pair; create a new pair.',
      url: 'https://ram.console.aliyun.com/users',
      store: STORE_ENV,
    },
  },
  // --- Tencent Cloud ---------------------------------------------------------------------------
  {
    id: 'tencent.secret-id',
    title: 'Tencent Cloud SecretId',
    kind: 'specific',
    keywords: ['AKID'],
    pattern: prefixedToken('AKID', B62, 32),
    post: [lacksMixedClasses],
    companions: [
      {
        name: 'secret_key',
        pattern: new RegExp(`${ci('secret')}[._-]?${ci('key')}["']?\\s*[:=,]\\s*["']?(?<value>[A-Za-z0-9]{32})(?![A-Za-z0-9])`),
        withinLines: 4,
        post: [lacksMixedClasses],
      },
    ],
    examples: {
      positive: [`TENCENTCLOUD_SECRET_ID=«${TENCENT_ID}»\nTENCENTCLOUD_SECRET_KEY=${TENCENT_KEY}`, `cred = credential.Credential("«${TENCENT_ID}»", os.environ["TENCENT_KEY"])`],
      negative: ['SecretId: AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKID prefixes Tencent SecretIds'],
    },
    guide: {
      grants: 'With its SecretKey, signs Tencent Cloud API calls (CVM, COS, CAM …) as the owning account or sub-user.',
      revoke: 'CAM console → API Keys (or the sub-user\'s API keys) → Disable, then Delete the key; create a new one.',
      url: 'https://console.cloud.tencent.com/cam/capi',
      store: STORE_ENV,
    },
  },
  {
    id: 'tencent.secret-key',
    title: 'Tencent Cloud SecretKey',
    kind: 'specific',
    keywords: ['tencent', 'qcloud'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('tencent')}[A-Za-z0-9_.-]{0,20}${ci('secret')}[._-]?${ci('key')}`, `${ci('qcloud')}[A-Za-z0-9_.-]{0,20}${ci('secret')}[._-]?${ci('key')}`], '[A-Za-z0-9]{32}')),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    examples: {
      positive: [`TENCENTCLOUD_SECRET_KEY=«${TENCENT_KEY}»`, `qcloud_secret_key: '«${fakeMixed(B62, 32, 'tc2')}»'`],
      negative: ['TENCENTCLOUD_SECRET_KEY=${{ secrets.TENCENT_KEY }}', `TENCENTCLOUD_SECRET_ID=${fakeMixed(B62, 32, 'tc-other')}`],
    },
    guide: {
      grants: 'Signs Tencent Cloud API calls for its SecretId, with the owner\'s CAM permissions.',
      revoke: 'CAM console → API Keys → disable and delete the key pair; create a new one.',
      url: 'https://console.cloud.tencent.com/cam/capi',
      store: STORE_ENV,
    },
  },
  // --- Huawei / Baidu / IBM / Oracle ----------------------------------------------------------
  {
    id: 'huawei.secret-access-key',
    title: 'Huawei Cloud secret access key (SK)',
    kind: 'specific',
    keywords: ['huawei'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('huawei')}[A-Za-z0-9_.-]{0,30}(?:${ci('secret')}|${ci('sk')})`], '[A-Za-z0-9]{40}')),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    companions: [{ name: 'access_key', pattern: /(?<![A-Za-z0-9])(?<value>[A-Z0-9]{20})(?![A-Za-z0-9])/, withinLines: 3, post: [lacksLetterAndDigit] }],
    examples: {
      positive: [`HUAWEICLOUD_SDK_AK=${HUAWEI_AK}\nHUAWEICLOUD_SDK_SK=«${HUAWEI_SK}»`, `huaweicloud_secret_key = "«${fakeMixed(B62, 40, 'hw2')}»"`],
      negative: ['HUAWEICLOUD_SDK_SK=<your secret key>', `HUAWEICLOUD_SDK_AK=${HUAWEI_AK}`],
    },
    guide: {
      grants: 'With its access key (AK), signs Huawei Cloud API and OBS requests as the IAM user.',
      revoke: 'Huawei Cloud console → My Credentials → Access Keys → delete the key; create a new AK/SK.',
      url: 'https://console-intl.huaweicloud.com/iam/#/mine/accessKey',
      store: STORE_ENV,
    },
  },
  {
    id: 'baidu.bce-secret-key',
    title: 'Baidu AI Cloud (BCE) secret access key',
    kind: 'specific',
    keywords: ['bce_', 'bce-', 'bce.', 'bcesecret', 'baidu'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('bce')}[._-]?(?:${ci('secret')}|${ci('sk')})[A-Za-z0-9_.-]{0,20}`, `${ci('baidu')}[A-Za-z0-9_.-]{0,30}${ci('secret')}`], '[0-9a-f]{32}')),
    minEntropy: 3.0,
    examples: {
      positive: [`BCE_SECRET_ACCESS_KEY=«${fake(HEX, 32, 'bce')}»`, `baidubce_secret_key: "«${fake(HEX, 32, 'bce2')}»"`],
      negative: [`BCE_ACCESS_KEY_ID=${fake(HEX, 32, 'bce-id')}`, 'BCE_SECRET_ACCESS_KEY=00000000000000000000000000000000'],
    },
    guide: {
      grants: 'With its access key id, signs Baidu AI Cloud (BCE) API calls as the account or sub-user.',
      revoke: 'Baidu AI Cloud console → Security Authentication → Access Key → disable and delete the pair; create a new one.',
      url: 'https://console.bce.baidu.com/iam/#/iam/accesslist',
      store: STORE_ENV,
    },
  },
  {
    id: 'ibm.cloud-api-key',
    title: 'IBM Cloud IAM API key',
    kind: 'specific',
    keywords: ['ibm', 'ic_api_key', 'iam_apikey'],
    // Document scope: service-credential JSON puts `"apikey"` and the `iam_apikey_*` fields on separate lines.
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${ci('ibm')}[A-Za-z0-9_.-]{0,20}${ci('api')}[._-]?${ci('key')}|${words('ic', 'api', 'key')}|${words('iam', 'api', 'key')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|(?<_json>["']apikey["']\\s*:\\s*))["']?(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])`,
    ),
    post: [
      lacksMixedClasses,
      (candidate) => (candidate.groups._json !== undefined ? requireNearby(/iam_apikey_|iam_serviceid_crn|cloud\.ibm\.com|bluemix/i, 1500, 'IBM credential fields')(candidate) : undefined),
    ],
    minEntropy: 3.5,
    examples: {
      positive: [
        `IBMCLOUD_API_KEY=«${fakeMixed(B64URL, 44, 'ibm')}»`,
        `{\n  "apikey": "«${fakeMixed(B64URL, 44, 'ibm2')}»",\n  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage",\n  "iam_apikey_name": "writer"\n}`,
      ],
      negative: [`{"apikey": "${fakeMixed(B64URL, 44, 'ibm3')}"}`, 'IBMCLOUD_API_KEY=<ibm cloud api key here>'],
    },
    guide: {
      grants: 'Exchanges for IAM access tokens at iam.cloud.ibm.com: acts as the user or service ID on every IBM Cloud resource its access policies allow.',
      revoke: 'IBM Cloud → Manage → Access (IAM) → API keys (or the service ID → API keys) → Delete; for service credentials, delete the credential on the service instance.',
      url: 'https://cloud.ibm.com/iam/apikeys',
      store: STORE_ENV,
    },
  },
  {
    id: 'ibm.cos-hmac-secret',
    title: 'IBM Cloud Object Storage HMAC secret key',
    kind: 'specific',
    keywords: ['cos_hmac_keys'],
    pattern: /["']secret_access_key["']\s*:\s*["'](?<secret>[0-9a-f]{48})["']/,
    post: [requireNearby(/cos_hmac_keys/, 600, 'cos_hmac_keys')],
    minEntropy: 3.0,
    companions: [{ name: 'access_key_id', pattern: /["']access_key_id["']\s*:\s*["'](?<value>[0-9a-f]{32})["']/, withinLines: 4 }],
    examples: {
      positive: [`"cos_hmac_keys": {\n  "access_key_id": "${fake(HEX, 32, 'cos-id')}",\n  "secret_access_key": "«${fake(HEX, 48, 'cos')}»"\n}`],
      negative: [`"secret_access_key": "${fake(HEX, 48, 'cos2')}"`, `"cos_hmac_keys": {"secret_access_key": "${'0'.repeat(48)}"}`],
    },
    guide: {
      grants: 'S3-compatible read/write access to the IBM Cloud Object Storage buckets of the service credential.',
      revoke: 'IBM Cloud → the Object Storage instance → Service credentials → delete the credential that holds these HMAC keys; create a new one.',
      url: 'https://cloud.ibm.com/resources',
      store: STORE_ENV,
    },
  },
  {
    id: 'oracle.oci-auth-token',
    title: 'Oracle Cloud (OCI) auth token',
    kind: 'specific',
    keywords: ['oci_auth', 'oci-auth', 'ociauth', 'oci.auth', 'ocir'],
    keywordScope: 'line',
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${words('oci', 'auth', 'token')}|${ci('ocir')}[A-Za-z0-9_.-]{0,20}(?:${ci('token')}|${ci('password')}))[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|${ci('ocir')}\\.io\\b[^\\n]{0,200}?\\s(?:-p|--password)[ =])["']?(?<secret>[A-Za-z0-9(){}<>;:.+_#\\[\\]-]{20})(?![A-Za-z0-9(){}<>;:.+_#\\[\\]-])`,
    ),
    minEntropy: 3.5,
    examples: {
      positive: [`OCI_AUTH_TOKEN='«${fakeMixed(B62, 16, 'oci')}(;]x»'`, `docker login fra.ocir.io -u tenancy/oracleidentitycloudservice/ops@example.com -p '«${fakeMixed(B62, 17, 'oci2')}:+[»'`],
      negative: ['OCI_AUTH_TOKEN=${OCI_TOKEN}', 'ocir_password: "<auth-token-goes-here>"'],
    },
    guide: {
      grants: 'Password for OCI Registry (docker login), Object Storage Swift and other services that accept auth tokens, as the OCI user.',
      revoke: 'OCI console → Identity → Users → the user → Auth Tokens → Delete; generate a new token.',
      url: 'https://cloud.oracle.com/identity/domains/my-profile/auth-tokens',
      store: STORE_ENV,
    },
  },
  // --- DigitalOcean ----------------------------------------------------------------------------
  tokenDetector({
    id: 'digitalocean.pat',
    title: 'DigitalOcean personal access token',
    prefix: 'dop_v1_',
    alpha: HEX,
    length: 64,
    positive: [`DIGITALOCEAN_TOKEN=«dop_v1_${fake(HEX, 64, 'dop')}»`, `provider "digitalocean" {\n  token = "«dop_v1_${fake(HEX, 64, 'dop2')}»"\n}`],
    negative: [`DIGITALOCEAN_TOKEN=dop_v1_${'x'.repeat(64)}`, `dop_v1_${fake(HEX, 40, 'short')}`],
    guide: {
      grants: 'Calls the DigitalOcean API with the token\'s scopes: create, read and destroy droplets, databases, DNS, Spaces keys …',
      revoke: 'DigitalOcean control panel → API → Tokens → the token → Delete; generate a new token.',
      url: 'https://cloud.digitalocean.com/account/api/tokens',
      store: STORE_ENV,
    },
  }),
  tokenDetector({
    id: 'digitalocean.oauth-token',
    title: 'DigitalOcean OAuth access token',
    prefix: 'doo_v1_',
    alpha: HEX,
    length: 64,
    positive: [`Authorization: Bearer «doo_v1_${fake(HEX, 64, 'doo')}»`],
    negative: [`doo_v1_${'0'.repeat(64)}`],
    guide: {
      grants: 'Calls the DigitalOcean API as the user who authorised the OAuth application, with the granted scopes.',
      revoke: 'POST the token to https://cloud.digitalocean.com/v1/oauth/revoke, or the user removes the app under Applications & API → Authorized applications.',
      url: 'https://cloud.digitalocean.com/account/api/applications',
      store: STORE_ENV,
    },
  }),
  tokenDetector({
    id: 'digitalocean.refresh-token',
    title: 'DigitalOcean OAuth refresh token',
    prefix: 'dor_v1_',
    alpha: HEX,
    length: 64,
    positive: [`{"refresh_token": "«dor_v1_${fake(HEX, 64, 'dor')}»"}`],
    negative: [`dor_v1_${fake(HEX, 63, 'dor-short')}`],
    guide: {
      grants: 'Mints new DigitalOcean OAuth access tokens for the authorising user until the app\'s access is revoked.',
      revoke: 'Applications & API → Authorized applications → revoke the app (the user), or revoke via /v1/oauth/revoke.',
      url: 'https://cloud.digitalocean.com/account/api/applications',
      store: STORE_ENV,
    },
  }),
  {
    id: 'digitalocean.spaces-secret-key',
    title: 'DigitalOcean Spaces secret key',
    kind: 'specific',
    keywords: ['spaces_secret', 'spaces-secret', 'spacessecret', 'spaces.secret', 'digitalocean', 'do_spaces'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('spaces')}[._-]?${ci('secret')}[A-Za-z0-9_.-]{0,20}`, `${ci('digitalocean')}[A-Za-z0-9_.-]{0,30}${ci('secret')}`], '[A-Za-z0-9+/]{43}')),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    companions: [{ name: 'access_key_id', pattern: /(?<![A-Za-z0-9])(?<value>DO[A-Z0-9]{18})(?![A-Za-z0-9])/, withinLines: 3, post: [lacksLetterAndDigit] }],
    examples: {
      positive: [`SPACES_ACCESS_KEY_ID=DO${fake(UPPER_DIGITS, 17, 'do-id')}7\nSPACES_SECRET_ACCESS_KEY=«${fakeMixed(B64, 43, 'spaces')}»`],
      negative: ['SPACES_SECRET_ACCESS_KEY=${SPACES_SECRET}', `SPACES_ACCESS_KEY_ID=DO${fake(UPPER_DIGITS, 17, 'do-id2')}7`],
    },
    guide: {
      grants: 'S3-compatible read/write access to the DigitalOcean Spaces buckets of the key (all buckets for full-access keys).',
      revoke: 'DigitalOcean control panel → API → Spaces Keys → the key → Delete; create a new key.',
      url: 'https://cloud.digitalocean.com/account/api/spaces',
      store: STORE_ENV,
    },
  },
  // --- Linode / Vultr / Hetzner / Scaleway / OVH -----------------------------------------------
  {
    id: 'linode.pat',
    title: 'Akamai (Linode) API personal access token',
    kind: 'specific',
    keywords: ['linode'],
    pattern: anchored(assignment([`${ci('linode')}[A-Za-z0-9_.-]{0,30}(?:${ci('token')}|${ci('key')}|${ci('pat')})`, tfProvider('linode', ['token'])], '[0-9a-f]{64}')),
    minEntropy: 3.0,
    examples: {
      positive: [`LINODE_TOKEN=«${fake(HEX, 64, 'linode')}»`, `provider "linode" {\n  token = "«${fake(HEX, 64, 'linode2')}»"\n}`],
      negative: [`LINODE_TOKEN=${'0'.repeat(64)}`, `linode_image_sha256 = "${fake(HEX, 40, 'sha')}"`],
    },
    guide: {
      grants: 'Calls the Linode API with the token\'s scopes: create and delete Linodes, volumes, NodeBalancers, DNS, object storage keys.',
      revoke: 'Cloud Manager → profile → API Tokens → the token → Revoke; create a new token with the least scopes needed.',
      url: 'https://cloud.linode.com/profile/tokens',
      store: STORE_ENV,
    },
  },
  {
    id: 'vultr.api-key',
    title: 'Vultr API key',
    kind: 'specific',
    keywords: ['vultr'],
    pattern: anchored(assignment([`${ci('vultr')}[A-Za-z0-9_.-]{0,30}(?:${ci('key')}|${ci('token')})`, tfProvider('vultr', ['api_key'])], '[A-Z0-9]{36}')),
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    examples: {
      positive: [`VULTR_API_KEY=«${fake(UPPER_DIGITS, 35, 'vultr')}Q»`, `provider "vultr" {\n  api_key     = "«${fake(UPPER_DIGITS, 35, 'vultr2')}Q»"\n  rate_limit  = 100\n}`],
      negative: ['VULTR_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `VULTR_API_KEY=${fake(UPPER_DIGITS, 20, 'short')}`],
    },
    guide: {
      grants: 'Full access to the Vultr account through the API (servers, block storage, DNS, billing data), from any allowed IP.',
      revoke: 'my.vultr.com → Account → API → Regenerate the key (and restrict the access-control IP list).',
      url: 'https://my.vultr.com/settings/#settingsapi',
      store: STORE_ENV,
    },
  },
  {
    id: 'hetzner.cloud-token',
    title: 'Hetzner Cloud API token',
    kind: 'specific',
    keywords: ['hcloud', 'hetzner'],
    pattern: anchored(assignment([`${ci('hcloud')}[A-Za-z0-9_.-]{0,20}${ci('token')}`, `${ci('hetzner')}[A-Za-z0-9_.-]{0,30}(?:${ci('token')}|${ci('key')})`, tfProvider('hcloud', ['token'])], '[A-Za-z0-9]{64}')),
    post: [lacksMixedClasses],
    minEntropy: 4.0,
    examples: {
      positive: [`HCLOUD_TOKEN=«${fakeMixed(B62, 64, 'hcloud')}»`, `provider "hcloud" {\n  token = "«${fakeMixed(B62, 64, 'hcloud2')}»"\n}`],
      negative: ['HCLOUD_TOKEN=${HCLOUD_TOKEN}', `hetzner_image_digest = "${fake(HEX, 64, 'digest')}"`],
    },
    guide: {
      grants: 'Read or read/write access to every resource of one Hetzner Cloud project (servers, volumes, networks, firewalls).',
      revoke: 'Hetzner Cloud console → the project → Security → API tokens → Delete; create a new token.',
      url: 'https://console.hetzner.cloud/projects',
      store: STORE_ENV,
    },
  },
  {
    id: 'scaleway.secret-key',
    title: 'Scaleway API secret key',
    kind: 'specific',
    keywords: ['scw_secret', 'scw-secret', 'scwsecret', 'scaleway'],
    pattern: anchored(assignment([words('scw', 'secret', 'key'), `${ci('scaleway')}[A-Za-z0-9_.-]{0,30}${ci('secret')}[A-Za-z0-9_.-]{0,10}`, tfProvider('scaleway', ['secret_key'])], UUID)),
    post: [hasRunOf(6)],
    companions: [{ name: 'access_key', pattern: /(?<![A-Za-z0-9])(?<value>SCW[A-Z0-9]{17})(?![A-Za-z0-9])/, withinLines: 4 }],
    examples: {
      positive: [`SCW_ACCESS_KEY=SCW${fake(UPPER_DIGITS, 17, 'scw')}\nSCW_SECRET_KEY=«${fakeUuid('scw')}»`, `provider "scaleway" {\n  secret_key = "«${fakeUuid('scw2')}»"\n}`],
      negative: [`SCW_DEFAULT_PROJECT_ID=${fakeUuid('proj')}`, 'SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000'],
    },
    guide: {
      grants: 'Signs Scaleway API calls for the IAM application or user that owns the key, with its policies (instances, object storage, registries …).',
      revoke: 'Scaleway console → IAM → API keys → the key → Delete; generate a new key.',
      url: 'https://console.scaleway.com/iam/api-keys',
      store: STORE_ENV,
    },
  },
  {
    id: 'ovh.application-secret',
    title: 'OVHcloud API application secret / consumer key',
    kind: 'specific',
    keywords: ['ovh'],
    pattern: anchored(assignment([`${ci('ovh')}[A-Za-z0-9_.-]{0,30}(?:${ci('secret')}|${words('consumer', 'key')})`, tfProvider('ovh', ['application_secret', 'consumer_key'])], '[A-Za-z0-9]{32}')),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    examples: {
      positive: [`OVH_APPLICATION_SECRET=«${fakeMixed(B62, 32, 'ovh')}»`, `provider "ovh" {\n  endpoint           = "ovh-eu"\n  application_key    = "${fakeMixed(B62, 16, 'ovh-ak')}"\n  application_secret = "«${fakeMixed(B62, 32, 'ovh2')}»"\n}`],
      negative: [`OVH_APPLICATION_KEY=${fakeMixed(B62, 16, 'ovh-ak2')}`, 'OVH_CONSUMER_KEY=your-consumer-key-goes-here-00000'],
    },
    guide: {
      grants: 'With the application key and consumer key, calls the OVHcloud API with the rights the consumer key was validated for (often full account access).',
      revoke: 'Delete the application via the API (`DELETE /me/api/application/{id}`) or revoke the consumer key (`/me/api/credential`); create new credentials with narrower rights.',
      url: 'https://api.ovh.com/console/#/me/api/application',
      store: STORE_ENV,
    },
  },
  // --- Cloudflare ------------------------------------------------------------------------------
  {
    id: 'cloudflare.api-token',
    title: 'Cloudflare API token (un-prefixed)',
    kind: 'specific',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token', 'cfapi'],
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${ci('cloudflare')}[A-Za-z0-9_.-]{0,30}${ci('token')}|${words('cf', 'api', 'token')}|${words('cf', 'token')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|(?<_tf>${tfProvider('cloudflare', ['api_token'])}\\s*=\\s*)|(?<_bearer>[Bb]earer\\s+))["']?(?<secret>[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
    ),
    post: [isHexOnly, lacksMixedClasses, (c) => (c.groups._bearer !== undefined ? requireNearby(/cloudflare/i, 300, 'Cloudflare endpoint')(c) : undefined)],
    minEntropy: 3.5,
    examples: {
      positive: [
        `CLOUDFLARE_API_TOKEN=«${CF_TOKEN}»`,
        `provider "cloudflare" {\n  api_token = "«${fakeMixed(B64URL, 40, 'cf2')}»"\n}`,
        `curl https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer «${fakeMixed(B64URL, 40, 'cf3')}»"`,
      ],
      negative: [`CLOUDFLARE_ZONE_ID=${fake(HEX, 32, 'zone')}`, `Authorization: Bearer ${fakeMixed(B64URL, 40, 'cf4')}`, `cloudflare_action_sha: ${fake(HEX, 40, 'sha')}`],
    },
    guide: {
      grants: 'Calls the Cloudflare API with the token\'s permissions: DNS, zone settings, Workers, firewall rules, possibly account-wide.',
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → the token → Roll or Delete (account tokens: Manage Account → API Tokens).',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: STORE_ENV,
    },
  },
  tokenDetector({
    id: 'cloudflare.user-api-token',
    title: 'Cloudflare user API token',
    prefix: 'cfut_',
    alpha: B62,
    length: [40, 64],
    post: [lacksMixedClasses],
    positive: [`CLOUDFLARE_API_TOKEN=«cfut_${fakeMixed(B62, 48, 'cfut')}»`],
    negative: ['cfut_ is the prefix of Cloudflare user tokens', `cfut_${fake(B62, 20, 'short')}`],
    guide: {
      grants: 'Calls the Cloudflare API as the user, with the token\'s permissions (DNS, zones, Workers …).',
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → Roll or Delete. Cloudflare revokes tokens that GitHub reports from public repositories.',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: STORE_ENV,
    },
  }),
  tokenDetector({
    id: 'cloudflare.account-api-token',
    title: 'Cloudflare account API token',
    prefix: 'cfat_',
    alpha: B62,
    length: [40, 64],
    post: [lacksMixedClasses],
    positive: [`export CF_ACCOUNT_TOKEN="«cfat_${fakeMixed(B62, 48, 'cfat')}»"`],
    negative: [`cfat_${'x'.repeat(48)}`],
    guide: {
      grants: 'Calls the Cloudflare API on behalf of the account (not a user), with the token\'s permissions.',
      revoke: 'Cloudflare dashboard → Manage Account → Account API Tokens → Roll or Delete.',
      url: 'https://dash.cloudflare.com/?to=/:account/api-tokens',
      store: STORE_ENV,
    },
  }),
  tokenDetector({
    id: 'cloudflare.global-api-key',
    title: 'Cloudflare Global API key',
    prefix: 'cfk_',
    alpha: B62,
    length: [40, 64],
    post: [lacksMixedClasses],
    positive: [`CLOUDFLARE_API_KEY=«cfk_${fakeMixed(B62, 48, 'cfk')}»`],
    negative: ['CLOUDFLARE_API_KEY=cfk_<global-api-key>'],
    guide: {
      grants: 'With the account e-mail, full access to everything the user can do in Cloudflare, on every account and zone.',
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → Global API Key → Change; prefer scoped API tokens.',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: STORE_ENV,
    },
  }),
  {
    id: 'cloudflare.global-api-key-legacy',
    title: 'Cloudflare Global API key (legacy hex)',
    kind: 'specific',
    keywords: ['cloudflare', 'cf_api_key', 'cf-api-key', 'cfapikey', 'x-auth-key'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('cloudflare')}[A-Za-z0-9_.-]{0,30}${ci('key')}`, words('cf', 'api', 'key'), words('x', 'auth', 'key')], '[0-9a-f]{37}')),
    minEntropy: 3.0,
    examples: {
      positive: [`CLOUDFLARE_API_KEY=«${fake(HEX, 37, 'cfkey')}»`, `curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: «${fake(HEX, 37, 'cfkey2')}»" https://api.cloudflare.com/client/v4/zones`],
      negative: [`CLOUDFLARE_API_KEY=${fake(HEX, 40, 'cf-sha')}`, 'X-Auth-Key: <your global api key>'],
    },
    guide: {
      grants: 'With the account e-mail, full access to everything the user can do in Cloudflare.',
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → Global API Key → Change.',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: STORE_ENV,
    },
  },
  {
    id: 'cloudflare.origin-ca-key',
    title: 'Cloudflare Origin CA key',
    kind: 'specific',
    keywords: ['v1.0-'],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>v1\.0-[0-9a-f]{24}-[0-9a-f]{146})(?![0-9a-f])/,
    examples: {
      positive: [`CF_ORIGIN_CA_KEY=«v1.0-${fake(HEX, 24, 'oca1')}-${fake(HEX, 146, 'oca2')}»`],
      negative: [`version: v1.0-${fake(HEX, 8, 'rel')}`],
    },
    guide: {
      grants: 'Creates and revokes Cloudflare Origin CA certificates for the user\'s zones.',
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → Origin CA Key → Change.',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: STORE_ENV,
    },
  },
  {
    id: 'cloudflare.tunnel-token',
    title: 'Cloudflare Tunnel token',
    kind: 'specific',
    keywords: ['eyJhIjoi'],
    // base64 of {"a":"<account>","t":"<tunnel>","s":"<secret>"}: always starts `eyJhIjoi`.
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJhIjoi[A-Za-z0-9+/]{100,600}={0,2})(?![A-Za-z0-9+/=])/,
    post: [isNotTunnelJson],
    examples: {
      positive: [`cloudflared tunnel run --token «${TUNNEL_TOKEN}»`, `TUNNEL_TOKEN=«${TUNNEL_TOKEN}»`],
      negative: [`token: ${Buffer.from(JSON.stringify({ a: 'x', b: fake(B62, 120, 'nt') })).toString('base64')}`],
    },
    guide: {
      grants: 'Runs a connector for the tunnel: whoever holds it can serve (or intercept) the hostnames routed through that Cloudflare Tunnel.',
      revoke: 'Cloudflare Zero Trust → Networks → Tunnels → the tunnel → refresh the token (or delete and recreate the tunnel); restart connectors with the new token.',
      url: 'https://one.dash.cloudflare.com/',
      store: STORE_ENV,
    },
  },
  // --- Heroku / Vercel / Netlify / Fly.io / Render / Railway / Scalingo ------------------------
  {
    id: 'heroku.api-key',
    title: 'Heroku API key (UUID)',
    kind: 'specific',
    keywords: ['heroku'],
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}${ci('heroku')}[A-Za-z0-9_.-]{0,30}(?:${ci('key')}|${ci('token')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|(?<_tf>${tfProvider('heroku', ['api_key'])}\\s*=\\s*)|(?<_netrc>api\\.heroku\\.com(?:\\s{1,20}login\\s{1,20}\\S{1,100})?\\s{1,20}password\\s{1,20}))["']?(?<secret>${UUID})(?![A-Za-z0-9-])`,
    ),
    post: [rejectValues(['cf0e05d9-4eca-4948-a012-b91fe9704bab'], 'documented example value'), hasRunOf(6)],
    examples: {
      positive: [
        `HEROKU_API_KEY=«${fakeUuid('heroku')}»`,
        `machine api.heroku.com\n  login ops@example.com\n  password «${fakeUuid('heroku2')}»`,
        `provider "heroku" {\n  email   = "ops@example.com"\n  api_key = "«${fakeUuid('heroku3')}»"\n}`,
      ],
      negative: [`HEROKU_APP_ID=${fakeUuid('app')}`, 'HEROKU_API_KEY=cf0e05d9-4eca-4948-a012-b91fe9704bab', `request_id = "${fakeUuid('req')}"`],
    },
    guide: {
      grants: 'Calls the Heroku Platform API as the user: deploy, read config vars (other secrets), scale or delete apps.',
      revoke: 'Heroku Dashboard → Account settings → API Key → Regenerate (a password change also invalidates it); `heroku authorizations:revoke <id>` for OAuth authorizations.',
      url: 'https://dashboard.heroku.com/account',
      store: STORE_ENV,
    },
  },
  tokenDetector({
    id: 'heroku.api-key-v2',
    title: 'Heroku platform API token',
    prefix: 'HRKU-',
    alpha: B64URL,
    length: [40, 100],
    post: [lacksMixedClasses],
    positive: [`heroku config:set --app api HEROKU_API_KEY=«HRKU-${fakeMixed(B64URL, 60, 'hrku')}»`],
    negative: ['HEROKU_API_KEY=HRKU-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'HRKU- prefixes Heroku tokens'],
    guide: {
      grants: 'Calls the Heroku Platform API as the user or authorization: deploy, read config vars, scale or delete apps.',
      revoke: '`heroku authorizations` then `heroku authorizations:revoke <id>`, or Dashboard → Account settings → Applications/API key → revoke or regenerate.',
      url: 'https://dashboard.heroku.com/account/applications',
      store: STORE_ENV,
    },
  }),
  tokenDetector({
    id: 'vercel.token',
    title: 'Vercel access token',
    prefix: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    alpha: B62,
    length: [40, 80],
    post: [lacksMixedClasses],
    positive: [`VERCEL_TOKEN=«vcp_${fakeMixed(B62, 56, 'vcp')}»`],
    negative: [`vcp_${'x'.repeat(56)}`, 'vcp_ is a Vercel token prefix'],
    guide: {
      grants: 'Calls the Vercel API with the token\'s scope: deploy, read environment variables (other secrets), change domains.',
      revoke: 'vercel.com → Account Settings → Tokens → Delete the token; create a new one scoped to the team and with an expiry.',
      url: 'https://vercel.com/account/tokens',
      store: STORE_ENV,
    },
  }),
  {
    id: 'vercel.token-legacy',
    title: 'Vercel access token (legacy, un-prefixed)',
    kind: 'specific',
    keywords: ['vercel'],
    // Also the CLI's auth.json (`{"// Note": "This is your Vercel credentials file…", "token": "…"}`).
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}${ci('vercel')}[A-Za-z0-9_.-]{0,30}${ci('token')}[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|(?<_tf>${tfProvider('vercel', ['api_token'])}\\s*=\\s*)|(?<_json>"token"\\s*:\\s*))["']?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])`,
    ),
    post: [lacksMixedClasses, (c) => (c.groups._json !== undefined ? requireNearby(/vercel/i, 400, 'Vercel context')(c) : undefined)],
    minEntropy: 3.5,
    examples: {
      positive: [
        `VERCEL_TOKEN=«${VERCEL_LEGACY}»`,
        `{\n  "// Note": "This is your Vercel credentials file. DO NOT SHARE!",\n  "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",\n  "token": "«${fakeMixed(B62, 24, 'vercel2')}»"\n}`,
        `provider "vercel" {\n  api_token = "«${fakeMixed(B62, 24, 'vercel3')}»"\n  team      = "ferro"\n}`,
      ],
      negative: [`{"token": "${fakeMixed(B62, 24, 'other')}"}`, 'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}', `VERCEL_ORG_ID=team_${fakeMixed(B62, 24, 'org')}`],
    },
    guide: {
      grants: 'Calls the Vercel API as the user: deploy, read environment variables (other secrets), change domains.',
      revoke: 'vercel.com → Account Settings → Tokens → Delete; `vercel logout` also revokes the CLI token.',
      url: 'https://vercel.com/account/tokens',
      store: STORE_ENV,
    },
  },
  tokenDetector({
    id: 'netlify.pat',
    title: 'Netlify personal access token',
    prefix: 'nfp_',
    alpha: B62,
    length: 36,
    post: [lacksMixedClasses],
    positive: [`NETLIFY_AUTH_TOKEN=«nfp_${fakeMixed(B62, 36, 'nfp')}»`, `[build.environment]\n  NETLIFY_AUTH_TOKEN = "«nfp_${fakeMixed(B62, 36, 'nfp2')}»"`],
    negative: [`nfp_${'x'.repeat(36)}`, `nfp_${fake(B62, 20, 'short')}`],
    guide: {
      grants: 'Calls the Netlify API as the user: deploy sites, read environment variables, manage DNS and team settings.',
      revoke: 'Netlify → User settings → Applications → Personal access tokens → Revoke; create a new token with an expiry.',
      url: 'https://app.netlify.com/user/applications#personal-access-tokens',
      store: STORE_ENV,
    },
  }),
  {
    id: 'netlify.pat-legacy',
    title: 'Netlify access token (legacy, un-prefixed)',
    kind: 'specific',
    keywords: ['netlify'],
    pattern: anchored(assignment([`${ci('netlify')}[A-Za-z0-9_.-]{0,30}${ci('token')}`, tfProvider('netlify', ['token'])], '[A-Za-z0-9_-]{43,64}')),
    post: [lacksMixedClasses, isHexOnly],
    minEntropy: 3.5,
    examples: {
      positive: [`NETLIFY_AUTH_TOKEN=«${fakeMixed(B64URL, 43, 'netlify')}»`],
      negative: [`NETLIFY_SITE_ID=${fakeUuid('site')}`, `NETLIFY_AUTH_TOKEN=nfp_${fakeMixed(B62, 36, 'nfp3')}`],
    },
    guide: {
      grants: 'Calls the Netlify API as the user: deploy sites, read environment variables, manage DNS.',
      revoke: 'Netlify → User settings → Applications → Personal access tokens (or OAuth applications) → Revoke.',
      url: 'https://app.netlify.com/user/applications',
      store: STORE_ENV,
    },
  },
  tokenDetector({
    id: 'flyio.access-token',
    title: 'Fly.io access token',
    prefix: 'fo1_',
    alpha: B64URL,
    length: 43,
    post: [lacksMixedClasses],
    positive: [`FLY_API_TOKEN=«fo1_${fakeMixed(B64URL, 43, 'fo1')}»`],
    negative: [`fo1_${'x'.repeat(43)}`],
    guide: {
      grants: 'Calls the Fly.io API and `flyctl` as the user: deploy, read secrets metadata, SSH into machines, destroy apps.',
      revoke: '`fly tokens list` then `fly tokens revoke <id>`, or fly.io dashboard → Account → Access Tokens → revoke.',
      url: 'https://fly.io/user/personal_access_tokens',
      store: STORE_ENV,
    },
  }),
  {
    id: 'flyio.macaroon-token',
    title: 'Fly.io macaroon token (deploy/org token)',
    kind: 'specific',
    keywords: ['fm1a_', 'fm1r_', 'fm2_'],
    // `FlyV1 fm2_…,fm2_…`: comma-separated macaroons (permission token + discharge tokens).
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:fm1[ar]|fm2)_[A-Za-z0-9+/=_-]{100,4000}(?:,(?:fm1[ar]|fm2)_[A-Za-z0-9+/=_-]{20,4000}){0,6})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4.0,
    examples: {
      positive: [`FLY_API_TOKEN="FlyV1 «fm2_${fakeMixed(B64, 180, 'fm2a')},fm2_${fakeMixed(B64, 90, 'fm2b')}»"`],
      negative: ['fm2_ prefixes Fly.io macaroons', `fm2_${'A'.repeat(150)}`],
    },
    guide: {
      grants: 'Acts on the Fly.io apps or organisation the macaroon is scoped to: deploy, read machine state, open SSH, until it expires.',
      revoke: '`fly tokens list` then `fly tokens revoke <id>` (deploy tokens: `fly tokens list -a <app>`).',
      url: 'https://fly.io/docs/security/tokens/',
      store: STORE_ENV,
    },
  },
  tokenDetector({
    id: 'render.api-key',
    title: 'Render API key',
    prefix: 'rnd_',
    alpha: B62,
    length: 32,
    post: [lacksMixedClasses],
    positive: [`RENDER_API_KEY=«rnd_${fakeMixed(B62, 32, 'rnd')}»`, `provider "render" {\n  api_key = "«rnd_${fakeMixed(B62, 32, 'rnd2')}»"\n}`],
    negative: [`rnd_${'x'.repeat(32)}`, `const rnd_seed = 42`],
    guide: {
      grants: 'Calls the Render API as the user: deploy services, read environment variables and secret files, delete services.',
      revoke: 'Render dashboard → Account Settings → API Keys → Revoke; create a new key.',
      url: 'https://dashboard.render.com/u/settings#api-keys',
      store: STORE_ENV,
    },
  }),
  {
    id: 'railway.token',
    title: 'Railway API / project token',
    kind: 'specific',
    keywords: ['railway'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('railway')}[A-Za-z0-9_.-]{0,30}${ci('token')}`], UUID)),
    post: [hasRunOf(6)],
    examples: {
      positive: [`RAILWAY_TOKEN=«${fakeUuid('railway')}»`, `      RAILWAY_API_TOKEN: «${fakeUuid('railway2')}»`],
      negative: [`RAILWAY_PROJECT_ID=${fakeUuid('proj')}`, 'RAILWAY_TOKEN: ${{ secrets.RAILWAY_TOKEN }}'],
    },
    guide: {
      grants: 'Project tokens deploy and read variables of one Railway environment; account/team tokens act on every project of the account.',
      revoke: 'Railway → Account Settings → Tokens (account/team tokens), or the project → Settings → Tokens (project tokens) → delete.',
      url: 'https://railway.com/account/tokens',
      store: STORE_ENV,
    },
  },
  tokenDetector({
    id: 'scalingo.api-token',
    title: 'Scalingo API token',
    prefix: 'tk-us-',
    alpha: B64URL,
    length: 48,
    post: [lacksMixedClasses],
    positive: [`SCALINGO_API_TOKEN=«tk-us-${fakeMixed(B64URL, 48, 'scalingo')}»`],
    negative: [`tk-us-${'x'.repeat(48)}`],
    guide: {
      grants: 'Acts as the Scalingo user: deploy, read environment variables, manage add-ons and collaborators.',
      revoke: 'Scalingo dashboard → User settings → API tokens → delete; create a new token.',
      url: 'https://dashboard.scalingo.com/account/tokens',
      store: STORE_ENV,
    },
  }),
  tokenDetector({
    id: 'openshift.user-token',
    title: 'OpenShift OAuth user token',
    prefix: 'sha256~',
    alpha: B64URL,
    length: 43,
    post: [lacksMixedClasses],
    positive: [`oc login --token=«sha256~${fakeMixed(B64URL, 43, 'ocp')}» --server=https://api.ocp.example.com:6443`],
    negative: [`sha256~${'x'.repeat(43)}`, 'sha256:3f5a…'],
    guide: {
      grants: 'Acts as the OpenShift user on the cluster (kubectl/oc), with the user\'s RBAC roles, until the token expires.',
      revoke: '`oc get oauthaccesstokens` then `oc delete oauthaccesstoken <name>` (or log out of the session that issued it).',
      url: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html',
      store: 'Let `oc login` keep it in the kubeconfig outside the repository; use service-account tokens from a secret store in CI.',
    },
  }),
  // --- Kubernetes ------------------------------------------------------------------------------
  {
    id: 'kubernetes.service-account-token',
    title: 'Kubernetes service-account token',
    kind: 'specific',
    keywords: ['eyJ'],
    // A JWT whose payload carries service-account claims; beats the plain-JWT detector.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{20,8000}\.[A-Za-z0-9_-]{20,2000})(?![A-Za-z0-9_-])/,
    post: [isNotKubernetesJwt],
    precedence: 1,
    examples: {
      positive: [
        `users:\n- name: deployer\n  user:\n    token: «${K8S_SA_JWT}»`,
        `curl -H "Authorization: Bearer «${K8S_BOUND_JWT}»" https://kubernetes.default.svc/api`,
      ],
      negative: [`token: ${PLAIN_JWT}`],
    },
    guide: {
      grants: 'Acts as the service account against the cluster\'s API server, with every RBAC permission bound to it (often cluster-wide for CI deployers).',
      revoke: 'Legacy secret-based token: `kubectl delete secret <token-secret> -n <ns>` (a new one is minted if still referenced). Bound tokens expire; to cut them off now, delete and recreate the ServiceAccount, or rotate the cluster\'s service-account signing key.',
      url: 'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/',
      store: 'Use short-lived tokens (`kubectl create token`) or workload identity; keep kubeconfigs out of repositories.',
    },
  },
  {
    id: 'kubernetes.kubeconfig-client-key',
    title: 'Kubernetes kubeconfig client key',
    kind: 'specific',
    keywords: ['client-key-data'],
    // base64 of a PEM block: always starts `LS0tLS1CRUdJTi` (`-----BEGIN`). Beats the decoded private key.
    pattern: /client-key-data:[ \t]*["']?(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{50,16000}={0,2})(?![A-Za-z0-9+/=])/,
    precedence: 1,
    examples: {
      positive: [`users:\n- name: admin\n  user:\n    client-certificate-data: ${fake(B64, 80, 'cert')}\n    client-key-data: «${KUBE_CLIENT_KEY}»`],
      negative: ['    client-key-data: REDACTED', '    client-key-data: ${CLIENT_KEY_DATA}'],
    },
    guide: {
      grants: 'Authenticates to the cluster as the certificate\'s user (often `kubernetes-admin` in system:masters: full cluster control).',
      revoke: 'Client certificates cannot be revoked individually: remove the user\'s RBAC bindings, and for admin certs rotate the cluster CA (`kubeadm certs renew` / provider credential rotation); issue a new kubeconfig.',
      url: 'https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/',
      store: 'Keep kubeconfigs in ~/.kube outside repositories; prefer exec-based credential plugins (OIDC, cloud IAM) over embedded keys.',
    },
  },
  {
    id: 'kubernetes.bootstrap-token',
    title: 'Kubernetes bootstrap token',
    kind: 'specific',
    keywords: ['kubeadm', 'bootstrap', '--token'],
    keywordScope: 'line',
    // `<6 [a-z0-9]>.<16 [a-z0-9]>` (kubeadm join --token, bootstrap-token Secrets).
    pattern: /(?:--token[ =]|token:[ \t]*|bootstrap[A-Za-z_-]{0,20}token[A-Za-z_]{0,20}["']?\s*[:=]\s*)["']?(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9.])/,
    post: [lacksLetterAndDigit],
    examples: {
      positive: [`kubeadm join 10.0.0.10:6443 --token «${fake(LOWER_DIGITS, 6, 'bt1')}.${fake(LOWER_DIGITS, 16, 'bt2')}» --discovery-token-ca-cert-hash sha256:${fake(HEX, 64, 'ca')}`],
      negative: ['kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef', 'kubeadm token create --print-join-command'],
    },
    guide: {
      grants: 'Joins new nodes to the cluster (and, with the CA hash, lets a machine obtain kubelet credentials) until the token expires.',
      revoke: '`kubeadm token list` then `kubeadm token delete <token-id>`.',
      url: 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-token/',
      store: 'Generate join tokens on demand with a short TTL (`kubeadm token create --ttl 1h`); never commit them.',
    },
  },
  {
    id: 'kubernetes.secret-data',
    title: 'Kubernetes Secret data value',
    kind: 'specific',
    keywords: ['kind: secret'],
    // Base64 values under `data:` of a `kind: Secret` manifest. Broad: a specific detector that
    // recognises the decoded value wins (precedence -1).
    pattern: /^[ \t]{1,12}(?<_key>[A-Za-z0-9_.-]{1,253}):[ \t]{1,10}["']?(?<secret>[A-Za-z0-9+/]{8,8192}={0,2})["']?[ \t]*\r?$/m,
    post: [isNotSecretData],
    precedence: -1,
    examples: {
      positive: [
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: mqtt\ntype: Opaque\ndata:\n  MQTT_USERNAME: ${Buffer.from('telemetry').toString('base64')}\n  MQTT_PASSWORD: «${K8S_SECRET_PASSWORD}»\n  API_SECRET: ${K8S_SECRET_API}`,
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  api-secret: «${K8S_SECRET_API}»\n`,
      ],
      negative: [
        `apiVersion: v1\nkind: Secret\ndata:\n  username: ${Buffer.from('admin').toString('base64')}\n  password: ${Buffer.from('admin').toString('base64')}`,
        `apiVersion: v1\nkind: ConfigMap\ndata:\n  token: ${K8S_SECRET_API}`,
        `apiVersion: v1\nkind: Secret\nstringData:\n  password: changeme\nmetadata:\n  annotations:\n    checksum: ${K8S_SECRET_API}`,
      ],
    },
    guide: {
      grants: 'Whatever the decoded value is: base64 in a Secret manifest is encoding, not encryption, so anyone with the file has the credential.',
      revoke: 'Rotate the credential at its issuer, update the Secret in the cluster (`kubectl create secret … --dry-run=client -o yaml | kubectl apply -f -`), and remove it from the repository history.',
      url: 'https://kubernetes.io/docs/concepts/configuration/secret/',
      store: 'Commit SealedSecrets, SOPS-encrypted files or ExternalSecret references instead of Secret manifests with data.',
    },
  },
  // --- Terraform / Pulumi / Infracost / Aiven ---------------------------------------------------
  {
    id: 'terraform.cloud-token',
    title: 'HCP Terraform (Terraform Cloud) API token',
    kind: 'specific',
    keywords: ['.atlasv1.'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    examples: {
      positive: [
        `{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "«${fakeMixed(B62, 14, 'tfc1')}.atlasv1.${fakeMixed(B64URL, 67, 'tfc2')}»"\n    }\n  }\n}`,
        `TF_TOKEN_app_terraform_io=«${fakeMixed(B62, 14, 'tfc3')}.atlasv1.${fakeMixed(B64URL, 67, 'tfc4')}»`,
      ],
      negative: ['token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', 'the .atlasv1. separator marks Terraform Cloud tokens'],
    },
    guide: {
      grants: 'Acts on HCP Terraform as the user, team or organisation: read state (with every secret in it), queue applies, change workspaces and variables.',
      revoke: 'app.terraform.io → User Settings → Tokens (or Organization/Team settings → API tokens) → Delete; `terraform logout` removes the local copy.',
      url: 'https://app.terraform.io/app/settings/tokens',
      store: 'Let `terraform login` write credentials.tfrc.json outside the repository; use TF_TOKEN_* from the CI secret store.',
    },
  },
  tokenDetector({
    id: 'pulumi.access-token',
    title: 'Pulumi Cloud access token',
    prefix: 'pul-',
    alpha: HEX,
    length: 40,
    minEntropy: 3.0,
    positive: [`PULUMI_ACCESS_TOKEN=«pul-${fake(HEX, 40, 'pulumi')}»`],
    negative: [`pul-${'0'.repeat(40)}`, `pul-${fake(HEX, 20, 'short')}`],
    guide: {
      grants: 'Acts on Pulumi Cloud as the user/team/organisation: read stack state and configuration secrets, run updates, manage stacks.',
      revoke: 'app.pulumi.com → Settings → Access Tokens → Delete; create a new token.',
      url: 'https://app.pulumi.com/account/tokens',
      store: STORE_ENV,
    },
  }),
  tokenDetector({
    id: 'infracost.api-key',
    title: 'Infracost API key',
    prefix: 'ico-',
    alpha: B62,
    length: 32,
    post: [lacksMixedClasses],
    positive: [`INFRACOST_API_KEY=«ico-${fakeMixed(B62, 32, 'ico')}»`],
    negative: [`ico-${'x'.repeat(32)}`],
    guide: {
      grants: 'Calls the Infracost Cloud pricing and dashboard APIs for the organisation; exposes cost estimates and repository metadata.',
      revoke: 'Infracost Cloud → Org Settings → API keys → rotate the key.',
      url: 'https://dashboard.infracost.io/',
      store: STORE_ENV,
    },
  }),
  {
    id: 'aiven.token',
    title: 'Aiven API token',
    kind: 'specific',
    keywords: ['aiven'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('aiven')}[A-Za-z0-9_.-]{0,30}${ci('token')}`], '[A-Za-z0-9/+]{300,400}={0,2}')),
    minEntropy: 4.5,
    examples: {
      positive: [`AIVEN_TOKEN=«${fakeMixed(B64, 372, 'aiven')}»`],
      negative: ['AIVEN_TOKEN=${AIVEN_TOKEN}', `AIVEN_TOKEN=${fakeMixed(B64, 40, 'short')}`],
    },
    guide: {
      grants: 'Calls the Aiven API as the user: create, read credentials of and delete the managed Kafka, PostgreSQL, OpenSearch … services of the projects the user can access.',
      revoke: 'Aiven Console → User profile → Tokens → Revoke; create a new token with a max age.',
      url: 'https://console.aiven.io/profile/tokens',
      store: STORE_ENV,
    },
  },
  // --- Yandex Cloud ----------------------------------------------------------------------------
  tokenDetector({
    id: 'yandex.api-key',
    title: 'Yandex Cloud API key',
    prefix: 'AQVN',
    alpha: B64URL,
    length: [35, 38],
    post: [lacksMixedClasses],
    positive: [`YC_API_KEY=«AQVN${fakeMixed(B64URL, 36, 'aqvn')}»`],
    negative: [`AQVN${'x'.repeat(36)}`],
    guide: {
      grants: 'Calls Yandex Cloud APIs as the service account that owns the key, with its roles.',
      revoke: 'Yandex Cloud console → the folder → Service accounts → the account → API keys → Delete (or `yc iam api-key delete`).',
      url: 'https://console.yandex.cloud/',
      store: STORE_ENV,
    },
  }),
  tokenDetector({
    id: 'yandex.oauth-token',
    title: 'Yandex OAuth token',
    prefix: ['y0_', 'y1_', 'y2_', 'y3_'],
    alpha: B64URL,
    length: [50, 64],
    post: [lacksMixedClasses],
    minEntropy: 4.0,
    positive: [`YC_TOKEN=«y0_${fakeMixed(B64URL, 55, 'y0')}»`],
    negative: ['y0_offset = compute_offset(frame)', `y0_${'A'.repeat(55)}`],
    guide: {
      grants: 'Acts as the Yandex account in the services the OAuth app was granted (Yandex Cloud CLI: exchanges for IAM tokens with the user\'s cloud roles).',
      revoke: 'id.yandex.ru → Security → Access to your data → revoke the application (this invalidates its tokens).',
      url: 'https://id.yandex.ru/security',
      store: STORE_ENV,
    },
  }),
  {
    id: 'yandex.static-access-key',
    title: 'Yandex Cloud static access key secret (S3)',
    kind: 'specific',
    keywords: ['yandex'],
    pattern: prefixedToken('YC', B64URL, 38),
    post: [lacksMixedClasses],
    // Yandex keys live in AWS-style config (`aws_secret_access_key = YC…`): the Yandex reading is the precise one.
    precedence: 1,
    minEntropy: 4.0,
    examples: {
      positive: [`[default]\nendpoint_url = https://storage.yandexcloud.net\naws_secret_access_key = «YC${fakeMixed(B64URL, 38, 'ycs')}»`],
      negative: [`endpoint = storage.yandexcloud.net\nkey_id = YC${'x'.repeat(38)}`],
    },
    guide: {
      grants: 'S3-compatible access to Yandex Object Storage (and other AWS-compatible APIs) as the service account.',
      revoke: 'Yandex Cloud console → Service accounts → the account → Static access keys → Delete (or `yc iam access-key delete`).',
      url: 'https://console.yandex.cloud/',
      store: STORE_ENV,
    },
  },
  // --- Backblaze / Wasabi / MinIO --------------------------------------------------------------
  {
    id: 'backblaze.b2-application-key',
    title: 'Backblaze B2 application key',
    kind: 'specific',
    keywords: ['backblaze', 'b2_application', 'b2-application', 'b2applicationkey', 'b2_app_key', 'b2_key'],
    pattern: prefixedToken('K00', B64, 28),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    companions: [{ name: 'key_id', pattern: /(?<![A-Za-z0-9])(?<value>00[0-9a-f]{23}(?:[0-9a-f]{2})?)(?![A-Za-z0-9])/, withinLines: 3 }],
    examples: {
      positive: [`B2_APPLICATION_KEY_ID=00${fake(HEX, 23, 'b2id')}\nB2_APPLICATION_KEY=«K00${fakeMixed(B62, 28, 'b2')}»`],
      negative: [`B2_APPLICATION_KEY=K00${'x'.repeat(28)}`, `K00${fakeMixed(B62, 28, 'b2-no-context')}`],
    },
    guide: {
      grants: 'Reads, writes or deletes files in the Backblaze B2 buckets the application key is restricted to (all buckets for the master key).',
      revoke: 'Backblaze web console → App Keys → Delete the key; create a new key limited to the needed bucket.',
      url: 'https://secure.backblaze.com/app_keys.htm',
      store: STORE_ENV,
    },
  },
  {
    id: 'wasabi.secret-key',
    title: 'Wasabi secret access key',
    kind: 'specific',
    keywords: ['wasabi'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('wasabi')}[A-Za-z0-9_.-]{0,30}${ci('secret')}[A-Za-z0-9_.-]{0,20}`], '[A-Za-z0-9+/]{40}')),
    post: [lacksMixedClasses, isHexOnly],
    minEntropy: 3.5,
    companions: [{ name: 'access_key', pattern: /(?<![A-Za-z0-9])(?<value>[A-Z0-9]{20})(?![A-Za-z0-9])/, withinLines: 3, post: [lacksLetterAndDigit] }],
    examples: {
      positive: [`WASABI_ACCESS_KEY=${fake(UPPER_DIGITS, 19, 'wasabi-id')}7\nWASABI_SECRET_KEY=«${fakeMixed(B64, 40, 'wasabi')}»`],
      negative: ['WASABI_SECRET_KEY=${WASABI_SECRET_KEY}', `WASABI_ACCESS_KEY=${fake(UPPER_DIGITS, 19, 'wasabi-id2')}7`],
    },
    guide: {
      grants: 'S3-compatible read/write access to the Wasabi buckets of the key\'s user.',
      revoke: 'Wasabi console → Access Keys → delete (or deactivate) the key; create a new one.',
      url: 'https://console.wasabisys.com/#/access_keys',
      store: STORE_ENV,
    },
  },
  {
    id: 'minio.root-password',
    title: 'MinIO root password / secret key',
    kind: 'specific',
    keywords: ['minio'],
    keywordScope: 'line',
    pattern: anchored(assignment([words('minio', 'root', 'password'), words('minio', 'secret', 'key'), words('minio', 'secret')], '[A-Za-z0-9!#%&*+./:?@^_~-]{8,128}', { valueEnd: '(?![A-Za-z0-9!#%&*+./:?@^_~-])' })),
    post: [rejectValues(['minioadmin', 'minio123', 'minio-secret', 'miniosecret', 'password'], 'well-known default')],
    minEntropy: 2.5,
    examples: {
      positive: [`MINIO_ROOT_PASSWORD=«${fakeMixed(B62, 24, 'minio')}»`, `    environment:\n      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: "«${fakeMixed(B62, 16, 'minio2')}!»"`],
      negative: ['MINIO_ROOT_PASSWORD=minioadmin', 'MINIO_ROOT_PASSWORD=${MINIO_ROOT_PASSWORD}', 'MINIO_ROOT_USER=administrator'],
    },
    guide: {
      grants: 'Full administrative access to the MinIO deployment: every bucket, object, user and policy.',
      revoke: 'Change MINIO_ROOT_PASSWORD (and user) in the server environment and restart the servers; rotate any access keys created with it.',
      url: 'https://min.io/docs/minio/linux/administration/identity-access-management/minio-user-management.html',
      store: STORE_ENV,
    },
  },
  {
    id: 'terraform.state-random-password',
    title: 'Generated password in Terraform state',
    kind: 'specific',
    keywords: ['random_password'],
    // Terraform state stores `random_password` results in plaintext (`sensitive` only hides them in
    // plan output): `"type": "random_password"` … `"result": "<password>"` in the same resource.
    pattern: /"type"\s{0,5}:\s{0,5}"random_password"[^\]]{0,4000}?"result"\s{0,5}:\s{0,5}"(?<secret>[^"\\\r\n]{6,256})"/,
    examples: {
      positive: [`{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "db",\n  "instances": [\n    {\n      "attributes": {\n        "length": 32,\n        "result": "«${fakeMixed(B62, 32, 'tfpw')}»",\n        "special": true\n      }\n    }\n  ]\n}`],
      negative: ['{ "type": "random_password", "instances": [ { "attributes": { "length": 32 } } ] }', '{ "type": "random_id", "instances": [ { "attributes": { "result": "abcdef" } } ] }'],
    },
    guide: {
      grants: 'The password Terraform generated for a resource (typically a database admin): anyone with the state file can log in with it.',
      revoke: 'Taint or replace the `random_password` resource (`terraform apply -replace=random_password.<name>`) so a new password is generated and applied, and move the state to an encrypted remote backend with restricted access.',
      url: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data',
      store: 'Keep state in an encrypted remote backend (S3 + KMS, Terraform Cloud …), never in git; prefer ephemeral resources or a secret manager for database passwords.',
    },
  },
];
