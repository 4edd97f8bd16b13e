/**
 * AI / ML platform keys: CREDENTIAL-FORMATS.md §5 (the Databricks PAT lives in database.ts).
 * Prefixed keys are anchored on their prefix; un-prefixed ones (Cohere, Mistral, W&B,
 * AssemblyAI …) need the provider name in the variable name.
 *
 * The small regex helpers below (`assignedTo`, `after`, `leadThen` …) are shared with
 * observability.ts and identity.ts: `patterns.assignment()` takes one name list, and several
 * detectors here need a second way in (a header, a call argument, a config tuple) for one
 * `secret` group.
 */
import { fake } from '../fake.js';
import { B62, B64URL, HEX, UPPER_DIGITS, alphabet, ci, prefixedToken } from '../patterns.js';
import type { Detector, DetectorGuide, Example, PostValidator } from '../types.js';
import { fakeUuid } from '../fake.js';
import { UUID } from '../patterns.js';
export { fakeUuid, UUID };

// ---------------------------------------------------------------------------------------------
// Shared helpers (ai.ts, observability.ts, identity.ts)
// ---------------------------------------------------------------------------------------------

/** What may not follow a value: another token character (same as `assignment()`). */
export const VALUE_END = '(?![A-Za-z0-9_+/=-])';
/** What may not precede a value that is not introduced by a separator. */
export const VALUE_START = '(?<![A-Za-z0-9_+/.-])';
const NAME_CHAR = '[A-Za-z0-9_.-]';
/**
 * `: Type` annotations between a name and `=` (Rust `KEY: &str =`, TypeScript `key: string =`,
 * Kotlin `val key: String =`), and Go's `var key string =`.
 */
const TYPE_ANNOTATION = `(?:\\s*:\\s*&?(?:'static\\s+)?[A-Za-z][A-Za-z0-9_.<>?]{0,30}(?=\\s*=)|\\s+[sS]tring(?=\\s*=))?`;
/**
 * The separator grammar of `patterns.assignment()`, plus a wrapping call and an opening quote.
 * Blank-only separators are one `\\s+`, not `\\s*\\s\\s*`: three overlapping runs split a long run of
 * blank lines after a name in W² ways before failing (issue 10: linear detectors).
 */
const SEPARATOR = `${TYPE_ANNOTATION}(?:["'\`]?\\]?(?:\\s*(?::=|=>|==|=|:)\\s*|\\s+)|>)(?:[A-Za-z]+\\s*\\(\\s*)?[@"'\`]?`;

/**
 * Lead fragment: a name containing one of `fragments` (regex, already case-folded), then a separator.
 * The name starts at a non-name character, so a long run of name characters costs one attempt,
 * not one per character (linear time on adversarial input).
 */
export function assignedTo(fragments: readonly string[]): string {
  return `(?<![A-Za-z0-9_.-])${NAME_CHAR}{0,60}(?:${fragments.join('|')})${NAME_CHAR}{0,40}${SEPARATOR}`;
}

/**
 * Lead fragment: one of `fragments`, then up to `gap` characters on the same line, then a delimiter.
 * For values passed as call arguments, config tuples (`config :x_datadog, :api_key, "…"`), CLI flags.
 */
export function after(fragments: readonly string[], gap = 40): string {
  return `(?:${fragments.join('|')})[^\\r\\n]{0,${gap}}?[\\s"'\`=:,(>\\[]`;
}

/** A pattern: any of the `leads`, then the `secret` of the given shape, then `end`. */
export function leadThen(leads: readonly string[], value: string, end = VALUE_END): RegExp {
  return new RegExp(`(?:${leads.join('|')})(?<secret>${value})${end}`);
}

/** Case-insensitive name fragments joined by up to 20 name characters: `nameWith('datadog', 'app')`. */
export function nameWith(...parts: string[]): string {
  return parts.map(ci).join(`${NAME_CHAR}{0,20}`);
}

/** Case-insensitive literals, for `assignedTo` / `after`. */
export function cis(...literals: string[]): string[] {
  return literals.map(ci);
}

export const LETTERS = alphabet('A-Za-z');

/** Random tokens mix at least two of lower case, upper case and digits; identifiers and words do not. */
export const hasOneCharacterClass: PostValidator = ({ value }) => {
  const classes = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value));
  return classes < 2 ? 'single character class' : undefined;
};

/** Hex secrets are random: a run of digits only (a number, a date) or letters only is something else. */
export const isNotMixedHex: PostValidator = ({ value }) => (/[0-9]/.test(value) && /[a-fA-F]/.test(value) ? undefined : 'hex without both letters and digits');

/** Rejects when the variable name (group `name`, or the whole match) mentions one of the words. */
export function nameMentions(...words: string[]): PostValidator {
  const re = new RegExp(words.join('|'), 'i');
  return ({ match, value }) => (re.test(match.slice(0, Math.max(0, match.lastIndexOf(value)))) ? 'public counterpart' : undefined);
}

export interface SimpleSpec {
  readonly id: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  readonly line?: boolean;
  readonly minEntropy?: number;
  readonly post?: readonly PostValidator[];
  readonly precedence?: number;
  readonly positive: readonly Example[];
  readonly negative: readonly Example[];
  readonly guide: DetectorGuide;
}

/** A `specific` detector from the fields that vary. */
export function detector(spec: SimpleSpec): Detector {
  return {
    id: spec.id,
    title: spec.title,
    kind: 'specific',
    keywords: spec.keywords,
    ...(spec.line ? { keywordScope: 'line' as const } : {}),
    pattern: spec.pattern,
    ...(spec.post ? { post: spec.post } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.precedence !== undefined ? { precedence: spec.precedence } : {}),
    examples: { positive: spec.positive, negative: spec.negative },
    guide: spec.guide,
  };
}

const STORE = 'Keep it in an environment variable or the platform\'s secret store (CI secrets, Vault, cloud secret manager) and read it at run time; never commit it or paste it into notebooks.';

// ---------------------------------------------------------------------------------------------
// OpenAI — project/service-account/admin keys since 2024; every key embeds `T3BlbkFJ`
// (base64 "OpenAI") between two random halves (CREDENTIAL-FORMATS.md §5).
// ---------------------------------------------------------------------------------------------

const OPENAI_MARKER = 'T3BlbkFJ';
const openAiKey = (prefix: string, salt: string) => `${prefix}${fake(B64URL, 74, `${salt}1`)}${OPENAI_MARKER}${fake(B64URL, 74, `${salt}2`)}`;
const openAiGuide = (grants: string, revoke: string): DetectorGuide => ({
  grants,
  revoke: `${revoke} OpenAI also revokes keys it finds in public repositories.`,
  url: 'https://platform.openai.com/api-keys',
  store: STORE,
});

function openAi(id: string, title: string, prefix: string, guide: DetectorGuide): Detector {
  return detector({
    id,
    title,
    keywords: [prefix],
    // ~156 characters today; earlier keys of this family were shorter (48 + prefix).
    pattern: prefixedToken(prefix, B64URL, [40, 250]),
    minEntropy: 4,
    positive: [`OPENAI_API_KEY=«${openAiKey(prefix, id)}»`, `client = OpenAI(api_key="«${openAiKey(prefix, `${id}b`)}»")`],
    negative: [`OPENAI_API_KEY=${prefix}...`, `api_key = "${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`, `Keys start with ${prefix} and are shown once.`],
    guide,
  });
}

const openai: Detector[] = [
  openAi(
    'openai.project-key',
    'OpenAI project API key',
    'sk-proj-',
    openAiGuide('Calls every model and endpoint the project allows, billed to the organisation; can read files, assistants and fine-tunes stored in the project.', 'platform.openai.com → your project → API keys → Revoke, then create a new key.'),
  ),
  openAi(
    'openai.service-account-key',
    'OpenAI service account key',
    'sk-svcacct-',
    openAiGuide('Acts as a project service account: calls the models and reads the project data the account is allowed to, billed to the organisation.', 'platform.openai.com → project settings → Service accounts → delete the account or its key.'),
  ),
  openAi(
    'openai.admin-key',
    'OpenAI organization admin key',
    'sk-admin-',
    openAiGuide('Administers the organisation through the Admin API: invites and removes users, creates projects and API keys, reads usage and audit logs.', 'platform.openai.com → Organization settings → Admin keys → delete the key.'),
  ),
  detector({
    id: 'openai.legacy-key',
    title: 'OpenAI API key (legacy user key)',
    keywords: [OPENAI_MARKER],
    // `sk-` + 20 + T3BlbkFJ + 20 alphanumerics: the marker tells it from DeepSeek/Stability `sk-` keys.
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sk-[A-Za-z0-9]{20}${OPENAI_MARKER}[A-Za-z0-9]{20})(?![A-Za-z0-9_-])`),
    positive: [
      `openai.api_key = "«sk-${fake(B62, 20, 'oa1')}${OPENAI_MARKER}${fake(B62, 20, 'oa2')}»"`,
      `export OPENAI_API_KEY=«sk-${fake(B62, 20, 'oa3')}${OPENAI_MARKER}${fake(B62, 20, 'oa4')}»`,
    ],
    negative: [`STABILITY_KEY=sk-${fake(B62, 48, 'st')}`, `DEEPSEEK_API_KEY=sk-${fake(HEX, 32, 'ds')}`],
    guide: openAiGuide('Calls the OpenAI API as the user who created it, on every organisation they belong to, billed to them.', 'platform.openai.com → API keys → Revoke (legacy user keys can no longer be created).'),
  }),
];

// ---------------------------------------------------------------------------------------------
// Anthropic — `sk-ant-<kind><version>-` + 93 + `AA` (GitLab rule provided by Anthropic; §5).
// ---------------------------------------------------------------------------------------------

const anthropicKey = (prefix: string, salt: string) => `${prefix}${fake(B64URL, 93, salt)}AA`;
const anthropicRevoke = 'console.anthropic.com → Settings → API keys → ⋯ → Delete API key; Anthropic also revokes keys reported by GitHub secret scanning.';

const anthropic: Detector[] = [
  detector({
    id: 'anthropic.api-key',
    title: 'Anthropic API key',
    keywords: ['sk-ant-api'],
    pattern: prefixedToken('sk-ant-api03-', B64URL, [80, 100], 'AA'),
    positive: [`ANTHROPIC_API_KEY=«${anthropicKey('sk-ant-api03-', 'an1')}»`, `{"source": ["os.environ['ANTHROPIC_API_KEY'] = '«${anthropicKey('sk-ant-api03-', 'an2')}»'\\n"]}`],
    negative: ['ANTHROPIC_API_KEY=sk-ant-api03-...', `key = "sk-ant-api03-${'x'.repeat(93)}AA"`],
    guide: { grants: 'Calls Claude models on the workspace the key belongs to, billed to the organisation, and reads files and batches stored there.', revoke: anthropicRevoke, url: 'https://console.anthropic.com/settings/keys', store: STORE },
  }),
  detector({
    id: 'anthropic.admin-key',
    title: 'Anthropic Admin API key',
    keywords: ['sk-ant-admin'],
    pattern: prefixedToken('sk-ant-admin01-', B64URL, [80, 100], 'AA'),
    positive: [`ANTHROPIC_ADMIN_KEY=«${anthropicKey('sk-ant-admin01-', 'ad1')}»`],
    negative: ['sk-ant-admin01- keys manage the organisation', `ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${fake(B64URL, 20, 'short')}`],
    guide: { grants: 'Administers the Anthropic organisation: members, workspaces, API keys, usage reports.', revoke: 'console.anthropic.com → Settings → Admin keys → delete the key.', url: 'https://console.anthropic.com/settings/admin-keys', store: STORE },
  }),
  detector({
    id: 'anthropic.oauth-token',
    title: 'Claude OAuth access / refresh token',
    keywords: ['sk-ant-oat', 'sk-ant-ort'],
    // Same family layout (unverified lengths): accept a range.
    pattern: prefixedToken(['sk-ant-oat01-', 'sk-ant-ort01-'], B64URL, [80, 120]),
    positive: [`CLAUDE_CODE_OAUTH_TOKEN=«sk-ant-oat01-${fake(B64URL, 95, 'oat')}»`, `refresh: «sk-ant-ort01-${fake(B64URL, 95, 'ort')}»`],
    negative: ['CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-<token>'],
    guide: { grants: 'Uses Claude (Claude Code, claude.ai subscription) as the signed-in user; a refresh token mints new access tokens.', revoke: 'Run `claude logout` where it was issued, and sign out of all sessions in claude.ai → Settings → Account.', url: 'https://claude.ai/settings/account', store: STORE },
  }),
];

// ---------------------------------------------------------------------------------------------
// Other prefixed model-provider keys (§5).
// ---------------------------------------------------------------------------------------------

const mixedCaseLetters: PostValidator = ({ value }) => {
  const body = value.slice(value.indexOf('_') + 1);
  return /[a-z]/.test(body) && /[A-Z]/.test(body) ? undefined : 'letters of one case only';
};
const bodyOf = (value: string, prefix: string) => value.slice(prefix.length);
/** Character-mix check on the part after the prefix (the prefix itself mixes classes). */
function bodyMix(prefix: string): PostValidator {
  return (candidate) => hasOneCharacterClass({ ...candidate, value: bodyOf(candidate.value, prefix) });
}

const prefixedProviders: Detector[] = [
  detector({
    id: 'huggingface.user-token',
    title: 'Hugging Face access token',
    keywords: ['hf_'],
    // 34 letters only: `hf_` is also a common identifier prefix (`hf_hub_download`), never letters-only of this length.
    pattern: prefixedToken('hf_', LETTERS, 34),
    post: [mixedCaseLetters],
    positive: [`HF_TOKEN=«hf_${fake(LETTERS, 34, 'hf1')}»`, `huggingface_hub.login(token="«hf_${fake(LETTERS, 34, 'hf2')}»")`],
    negative: ['from huggingface_hub import hf_hub_download', `HF_TOKEN=hf_${fake(LETTERS, 20, 'short')}`, 'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: { grants: 'Reads (and with write or fine-grained scopes, pushes to) the user\'s models, datasets and Spaces, including private and gated repositories; calls Inference Endpoints billed to them.', revoke: 'huggingface.co → Settings → Access Tokens → Manage → Invalidate and refresh (or Delete).', url: 'https://huggingface.co/settings/tokens', store: STORE },
  }),
  detector({
    id: 'huggingface.org-token',
    title: 'Hugging Face organization API token (deprecated)',
    keywords: ['api_org_'],
    pattern: prefixedToken('api_org_', LETTERS, 34),
    post: [mixedCaseLetters],
    positive: [`HUGGINGFACE_ORG_TOKEN=«api_org_${fake(LETTERS, 34, 'hfo')}»`],
    negative: [`api_org_id = "${fake(HEX, 24, 'org')}"`],
    guide: { grants: 'Acts on the organisation\'s models, datasets and Spaces with the token\'s role.', revoke: 'Organization settings on huggingface.co → API token → regenerate; move to fine-grained user tokens (org tokens are deprecated).', url: 'https://huggingface.co/settings/tokens', store: STORE },
  }),
  detector({
    id: 'groq.api-key',
    title: 'Groq API key',
    keywords: ['gsk_'],
    pattern: prefixedToken('gsk_', B62, 52),
    positive: [`GROQ_API_KEY=«gsk_${fake(B62, 52, 'groq')}»`, `client = Groq(api_key='«gsk_${fake(B62, 52, 'groq2')}»')`],
    negative: ['GROQ_API_KEY=gsk_...', `GROQ_API_KEY=gsk_${fake(B62, 30, 'short')}`],
    guide: { grants: 'Runs inference on Groq billed to the organisation and reads its batch files.', revoke: 'console.groq.com → API Keys → delete the key.', url: 'https://console.groq.com/keys', store: STORE },
  }),
  detector({
    id: 'replicate.api-token',
    title: 'Replicate API token',
    keywords: ['r8_'],
    pattern: prefixedToken('r8_', B64URL, 37),
    post: [bodyMix('r8_')],
    minEntropy: 3.5,
    positive: [`REPLICATE_API_TOKEN=«r8_${fake(B62, 37, 'r8')}»`],
    negative: ['REPLICATE_API_TOKEN=r8_<paste-your-token>', 'r8_model_version_identifier_long_name'],
    guide: { grants: 'Runs models and trainings billed to the account, and reads its predictions, deployments and private models.', revoke: 'replicate.com → Account settings → API tokens → Disable the token.', url: 'https://replicate.com/account/api-tokens', store: STORE },
  }),
  detector({
    id: 'perplexity.api-key',
    title: 'Perplexity API key',
    keywords: ['pplx-'],
    pattern: prefixedToken('pplx-', B62, [40, 64]),
    post: [bodyMix('pplx-')],
    positive: [`PERPLEXITY_API_KEY=«pplx-${fake(B62, 48, 'pplx')}»`, `PPLX_KEY="«pplx-${fake(HEX, 48, 'pplx-hex')}»"`],
    negative: ['PERPLEXITY_API_KEY=pplx-...', `pplx-${fake(B62, 12, 'short')}`],
    guide: { grants: 'Calls the Perplexity (Sonar) API billed to the account\'s credits.', revoke: 'perplexity.ai → Settings → API → delete the key.', url: 'https://www.perplexity.ai/settings/api', store: STORE },
  }),
  detector({
    id: 'xai.api-key',
    title: 'xAI (Grok) API key',
    keywords: ['xai-'],
    pattern: prefixedToken('xai-', alphabet('A-Za-z0-9_'), [70, 90]),
    post: [bodyMix('xai-')],
    positive: [`XAI_API_KEY=«xai-${fake(B62, 80, 'xai')}»`],
    negative: ['XAI_API_KEY=xai-...', 'pip install xai-sdk'],
    guide: { grants: 'Calls xAI\'s Grok models billed to the team.', revoke: 'console.x.ai → API Keys → delete the key.', url: 'https://console.x.ai', store: STORE },
  }),
  detector({
    id: 'openrouter.api-key',
    title: 'OpenRouter API key',
    keywords: ['sk-or-v1-'],
    pattern: prefixedToken('sk-or-v1-', HEX, 64),
    positive: [`OPENROUTER_API_KEY=«sk-or-v1-${fake(HEX, 64, 'or')}»`, `headers={"Authorization": "Bearer «sk-or-v1-${fake(HEX, 64, 'or2')}»"}`],
    negative: ['OPENROUTER_API_KEY=sk-or-v1-...', `sk-or-v1-${fake(HEX, 20, 'short')}`],
    guide: { grants: 'Spends the account\'s OpenRouter credits on any routed model.', revoke: 'openrouter.ai → Keys → delete (or disable) the key.', url: 'https://openrouter.ai/settings/keys', store: STORE },
  }),
  detector({
    id: 'together.api-key',
    title: 'Together AI API key',
    keywords: ['tgp_v1_'],
    pattern: prefixedToken('tgp_v1_', B64URL, [40, 64]),
    minEntropy: 4,
    positive: [`TOGETHER_API_KEY=«tgp_v1_${fake(B64URL, 43, 'tgp')}»`],
    negative: ['TOGETHER_API_KEY=tgp_v1_...'],
    guide: { grants: 'Runs inference, fine-tuning and dedicated endpoints billed to the Together account.', revoke: 'api.together.ai → Settings → API Keys → revoke and create a new key.', url: 'https://api.together.ai/settings/api-keys', store: STORE },
  }),
  detector({
    id: 'nvidia.api-key',
    title: 'NVIDIA API key (build.nvidia.com / NGC)',
    keywords: ['nvapi-'],
    pattern: prefixedToken('nvapi-', B64URL, [60, 70]),
    minEntropy: 4,
    positive: [`NVIDIA_API_KEY=«nvapi-${fake(B64URL, 64, 'nv')}»`, `docker login nvcr.io -u '$oauthtoken' -p «nvapi-${fake(B64URL, 64, 'nv2')}»`],
    negative: ['NGC_API_KEY=nvapi-...'],
    guide: { grants: 'Calls NVIDIA-hosted models and pulls private NGC containers and models of the organisation.', revoke: 'ngc.nvidia.com (or build.nvidia.com) → Setup → API Keys → revoke the key.', url: 'https://org.ngc.nvidia.com/setup/api-keys', store: STORE },
  }),
  detector({
    id: 'langsmith.api-key',
    title: 'LangSmith API key',
    keywords: ['lsv2_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})(?![A-Za-z0-9_])/,
    positive: [`LANGCHAIN_API_KEY=«lsv2_pt_${fake(HEX, 32, 'ls1')}_${fake(HEX, 10, 'ls2')}»`, `LANGSMITH_API_KEY: "«lsv2_sk_${fake(HEX, 32, 'ls3')}_${fake(HEX, 10, 'ls4')}»"`],
    negative: ['LANGSMITH_API_KEY=lsv2_pt_...'],
    guide: { grants: 'Reads and writes the workspace\'s LangSmith traces (which often contain prompts, outputs and user data), datasets and prompts.', revoke: 'smith.langchain.com → Settings → API Keys → delete the key.', url: 'https://smith.langchain.com/settings', store: STORE },
  }),
  detector({
    id: 'langfuse.secret-key',
    title: 'Langfuse secret key',
    keywords: ['sk-lf-'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sk-lf-${UUID})(?![A-Za-z0-9_-])`),
    positive: [`LANGFUSE_SECRET_KEY=«sk-lf-${fakeUuid('lf')}»`],
    negative: [`LANGFUSE_PUBLIC_KEY=pk-lf-${fakeUuid('lfp')}`],
    guide: { grants: 'Reads every trace, prompt and score of the Langfuse project and writes new ones.', revoke: 'Langfuse → Project settings → API Keys → delete the key pair and create a new one.', url: 'https://cloud.langfuse.com', store: STORE },
  }),
  detector({
    id: 'pinecone.api-key',
    title: 'Pinecone API key',
    keywords: ['pcsk_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?![A-Za-z0-9_])/,
    positive: [`PINECONE_API_KEY=«pcsk_${fake(B62, 6, 'pc1')}_${fake(B62, 63, 'pc2')}»`],
    negative: ['PINECONE_API_KEY=pcsk_...'],
    guide: { grants: 'Reads, writes and deletes the project\'s vector indexes (and the data embedded in them).', revoke: 'app.pinecone.io → project → API Keys → delete the key.', url: 'https://app.pinecone.io', store: STORE },
  }),
  detector({
    id: 'elevenlabs.api-key',
    title: 'ElevenLabs API key',
    keywords: ['sk_'],
    // `sk_` + 48 lower-case hex: Stripe/Clerk `sk_live_…` bodies are base62 and start with `live_`/`test_`.
    pattern: prefixedToken('sk_', HEX, 48),
    post: [isNotMixedHex],
    positive: [`ELEVENLABS_API_KEY=«sk_${fake(HEX, 48, 'el')}»`, `headers = {"xi-api-key": "«sk_${fake(HEX, 48, 'el2')}»"}`],
    negative: [`STRIPE_KEY=sk_live_${fake(B62, 24, 'stripe')}`, `sk_${fake(HEX, 32, 'short')}`],
    guide: { grants: 'Generates speech and clones voices billed to the account\'s characters, and reads its voices and history.', revoke: 'elevenlabs.io → Developers → API Keys → delete the key.', url: 'https://elevenlabs.io/app/settings/api-keys', store: STORE },
  }),
  detector({
    id: 'tavily.api-key',
    title: 'Tavily API key',
    keywords: ['tvly-'],
    pattern: prefixedToken(['tvly-prod-', 'tvly-dev-', 'tvly-'], B62, [32, 40]),
    positive: [`TAVILY_API_KEY=«tvly-${fake(B62, 32, 'tv')}»`, `TAVILY_API_KEY=«tvly-dev-${fake(B62, 32, 'tv2')}»`],
    negative: ['TAVILY_API_KEY=tvly-...'],
    guide: { grants: 'Runs Tavily searches and extractions billed to the account\'s credits.', revoke: 'app.tavily.com → API Keys → delete the key.', url: 'https://app.tavily.com', store: STORE },
  }),
  detector({
    id: 'firecrawl.api-key',
    title: 'Firecrawl API key',
    keywords: ['fc-'],
    pattern: prefixedToken('fc-', HEX, 32),
    post: [isNotMixedHex],
    positive: [`FIRECRAWL_API_KEY=«fc-${fake(HEX, 32, 'fc')}»`],
    negative: ['FIRECRAWL_API_KEY=fc-YOUR_API_KEY', 'fc-12'],
    guide: { grants: 'Crawls and scrapes with the account\'s credits and reads its past crawl results.', revoke: 'firecrawl.dev → Dashboard → API Keys → delete the key.', url: 'https://www.firecrawl.dev/app/api-keys', store: STORE },
  }),
  detector({
    id: 'databricks.oauth-secret',
    title: 'Databricks service principal OAuth secret',
    keywords: ['dose'],
    pattern: prefixedToken('dose', HEX, 32),
    post: [isNotMixedHex],
    positive: [`DATABRICKS_CLIENT_SECRET=«dose${fake(HEX, 32, 'dose')}»`],
    negative: ['the dosage was doses123'],
    guide: { grants: 'Mints OAuth tokens for the service principal and acts with its workspace and account permissions.', revoke: 'Account console → User management → Service principals → the principal → Secrets → delete the secret.', url: 'https://accounts.cloud.databricks.com', store: STORE },
  }),
  detector({
    id: 'runpod.api-key',
    title: 'RunPod API key',
    keywords: ['rpa_'],
    pattern: prefixedToken('rpa_', UPPER_DIGITS, [36, 50]),
    post: [bodyMix('rpa_')],
    positive: [`RUNPOD_API_KEY=«rpa_${fake(UPPER_DIGITS, 40, 'rp')}»`],
    negative: ['RUNPOD_API_KEY=rpa_...'],
    guide: { grants: 'Creates, stops and deletes pods and serverless endpoints billed to the account, and reads their data.', revoke: 'runpod.io → Settings → API Keys → delete the key.', url: 'https://www.runpod.io/console/user/settings', store: STORE },
  }),
  detector({
    id: 'neptune.api-token',
    title: 'Neptune.ai API token',
    // Base64 of `{"api_address":…,"api_url":…,"api_key":…}`: the encoded head is fixed.
    keywords: ['eyJhcGlfYWRkcmVzcyI6'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{40,600}={0,2})(?![A-Za-z0-9+/=])/,
    post: [({ value }) => (/"api_key"\s*:\s*"[^"]{16,}"/.test(Buffer.from(value, 'base64').toString('utf8')) ? undefined : 'no api_key in payload')],
    positive: [
      `NEPTUNE_API_TOKEN=«${Buffer.from(JSON.stringify({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai', api_key: fakeUuid('nep') })).toString('base64')}»`,
    ],
    negative: [`NEPTUNE_API_TOKEN=${Buffer.from(JSON.stringify({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai' })).toString('base64')}`],
    guide: { grants: 'Reads and writes every Neptune project the user can access: runs, metadata, artifacts.', revoke: 'app.neptune.ai → your profile → Get your API token → Reset (invalidates the old token).', url: 'https://app.neptune.ai', store: STORE },
  }),
];

// ---------------------------------------------------------------------------------------------
// Keys without a distinctive prefix: the provider name must be in the variable name (§5).
// ---------------------------------------------------------------------------------------------

interface ContextSpec {
  readonly id: string;
  readonly title: string;
  /** Lower-case provider words: keywords and name fragments. */
  readonly words: readonly string[];
  /** Extra leads (regex) besides `NAME=` with a provider word in the name. */
  readonly leads?: readonly string[];
  /** Name fragments (regex) overriding `words` in the `NAME=` lead. */
  readonly names?: readonly string[];
  /** The value shape is distinctive (`sk-` + hex): match it anywhere on a line that names the provider. */
  readonly bare?: boolean;
  readonly value: string;
  /** Variable name of the first positive example (default `<WORD>_API_KEY`). */
  readonly envName?: string;
  readonly sample: string;
  readonly positive?: readonly Example[];
  readonly negative: readonly Example[];
  readonly post?: readonly PostValidator[];
  readonly minEntropy?: number;
  readonly precedence?: number;
  readonly guide: DetectorGuide;
}

/** Un-prefixed secret next to its provider's name on the same line. */
export function contextual(spec: ContextSpec): Detector {
  const envName = spec.envName ?? `${spec.words[0]!.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`;
  return detector({
    id: spec.id,
    title: spec.title,
    keywords: spec.words,
    line: true,
    pattern: spec.bare ? new RegExp(`${VALUE_START}(?<secret>${spec.value})${VALUE_END}`) : leadThen([assignedTo(spec.names ?? cis(...spec.words)), ...(spec.leads ?? [])], spec.value),
    ...(spec.post ? { post: spec.post } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.precedence !== undefined ? { precedence: spec.precedence } : {}),
    positive: [`${envName}=«${spec.sample}»`, ...(spec.positive ?? [])],
    negative: [`${envName}=\${${envName}}`, ...spec.negative],
    guide: spec.guide,
  });
}

const HEX32 = '[0-9a-f]{32}';
const HEX40 = '[0-9a-f]{40}';

const contextProviders: Detector[] = [
  contextual({
    id: 'deepseek.api-key',
    title: 'DeepSeek API key',
    words: ['deepseek'],
    // `sk-` + 32 hex anywhere on a line that names DeepSeek (OpenAI-compatible clients pass a base_url).
    bare: true,
    value: `sk-${HEX32}`,
    sample: `sk-${fake(HEX, 32, 'ds')}`,
    positive: [`client = OpenAI(api_key="«sk-${fake(HEX, 32, 'ds2')}»", base_url="https://api.deepseek.com")`],
    negative: [`OPENAI_API_KEY=sk-${fake(HEX, 32, 'not-ds')}`],
    post: [isNotMixedHex],
    guide: { grants: 'Calls DeepSeek models billed to the account balance.', revoke: 'platform.deepseek.com → API keys → delete the key.', url: 'https://platform.deepseek.com/api_keys', store: STORE },
  }),
  contextual({
    id: 'together.legacy-api-key',
    title: 'Together AI API key (legacy hex)',
    words: ['together'],
    names: [nameWith('together', 'key'), nameWith('together', 'token')],
    value: '[0-9a-f]{64}',
    sample: fake(HEX, 64, 'tg'),
    negative: ['Together we build things.', `together_commit = "${fake(HEX, 40, 'sha')}"`],
    post: [isNotMixedHex],
    guide: { grants: 'Runs inference and fine-tuning billed to the Together account.', revoke: 'api.together.ai → Settings → API Keys → revoke and create a new key.', url: 'https://api.together.ai/settings/api-keys', store: STORE },
  }),
  contextual({
    id: 'fireworks.api-key',
    title: 'Fireworks AI API key',
    words: ['fireworks'],
    bare: true,
    value: 'fw_[A-Za-z0-9]{20,40}',
    sample: `fw_${fake(B62, 24, 'fw')}`,
    negative: ['fireworks = fw_config_loader'],
    post: [bodyMix('fw_')],
    guide: { grants: 'Runs inference, fine-tuning and deployments billed to the Fireworks account.', revoke: 'fireworks.ai → Settings → API Keys → delete the key.', url: 'https://fireworks.ai/account/api-keys', store: STORE },
  }),
  contextual({
    id: 'wandb.api-key',
    title: 'Weights & Biases API key',
    words: ['wandb'],
    // Also `machine api.wandb.ai login user password <key>` in ~/.netrc.
    leads: [`${ci('api.wandb.ai')}[^\\r\\n]{0,80}?password\\s+`],
    value: `(?:local-)?${HEX40}`,
    sample: fake(HEX, 40, 'wb'),
    positive: [`machine api.wandb.ai login user password «${fake(HEX, 40, 'wb2')}»`],
    negative: [`WANDB_RUN_ID=${fake(B62, 8, 'run')}`, `wandb_git_commit: ${'0'.repeat(40)}`],
    post: [isNotMixedHex],
    guide: { grants: 'Reads and writes every W&B project of the user and their teams: runs, artifacts, models, reports.', revoke: 'wandb.ai → User settings → API keys → revoke the key and create a new one.', url: 'https://wandb.ai/settings', store: STORE },
  }),
  contextual({
    id: 'elevenlabs.legacy-api-key',
    title: 'ElevenLabs API key (legacy hex)',
    words: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
    value: HEX32,
    sample: fake(HEX, 32, 'el-legacy'),
    positive: [`headers = {"xi-api-key": "«${fake(HEX, 32, 'el-l2')}»"}`],
    negative: [`ELEVENLABS_VOICE_ID=${fake(B62, 20, 'voice')}`],
    post: [isNotMixedHex],
    guide: { grants: 'Generates speech and clones voices billed to the account.', revoke: 'elevenlabs.io → Developers → API Keys → delete the key.', url: 'https://elevenlabs.io/app/settings/api-keys', store: STORE },
  }),
  contextual({
    id: 'assemblyai.api-key',
    title: 'AssemblyAI API key',
    words: ['assemblyai', 'assembly_ai', 'assembly-ai'],
    value: HEX32,
    sample: fake(HEX, 32, 'aai'),
    positive: [`assemblyai.settings.api_key = "«${fake(HEX, 32, 'aai2')}»"`],
    negative: [`ASSEMBLYAI_TRANSCRIPT_ID=${fakeUuid('t')}`],
    post: [isNotMixedHex],
    guide: { grants: 'Transcribes audio billed to the account and reads every stored transcript.', revoke: 'assemblyai.com → Dashboard → API Keys → reset / delete the key.', url: 'https://www.assemblyai.com/app/api-keys', store: STORE },
  }),
  contextual({
    id: 'deepgram.api-key',
    title: 'Deepgram API key',
    words: ['deepgram'],
    value: HEX40,
    sample: fake(HEX, 40, 'dg'),
    positive: [`deepgram_key: "«${fake(HEX, 40, 'dg2')}»"`],
    negative: [`DEEPGRAM_PROJECT_ID=${fakeUuid('proj')}`],
    post: [isNotMixedHex],
    guide: { grants: 'Transcribes and synthesises audio billed to the project, and (with admin scope) manages its keys and members.', revoke: 'console.deepgram.com → project → API Keys → delete the key.', url: 'https://console.deepgram.com', store: STORE },
  }),
  contextual({
    id: 'stability.api-key',
    title: 'Stability AI API key',
    words: ['stability'],
    value: 'sk-[A-Za-z0-9]{48}',
    sample: `sk-${fake(B62, 48, 'stab')}`,
    negative: ['STABILITY_LEVEL=sk-high'],
    post: [({ value }) => (value.includes(OPENAI_MARKER) ? 'OpenAI key' : undefined), bodyMix('sk-')],
    guide: { grants: 'Generates images, video and audio billed to the account\'s credits.', revoke: 'platform.stability.ai → Account → API Keys → delete the key.', url: 'https://platform.stability.ai/account/keys', store: STORE },
  }),
  contextual({
    id: 'voyage.api-key',
    title: 'Voyage AI API key',
    words: ['voyage'],
    value: 'pa-[A-Za-z0-9_-]{40,48}',
    sample: `pa-${fake(B64URL, 43, 'voy')}`,
    negative: ['VOYAGE_MODEL=pa-voyage-3'],
    minEntropy: 4,
    guide: { grants: 'Computes embeddings and rerankings billed to the account.', revoke: 'dash.voyageai.com → API Keys → delete the key.', url: 'https://dash.voyageai.com', store: STORE },
  }),
  contextual({
    id: 'cohere.api-key',
    title: 'Cohere API key',
    words: ['cohere', 'co_api_key'],
    value: '[A-Za-z0-9]{40}',
    sample: fake(B62, 40, 'co'),
    positive: [`cohere_api_key = "«${fake(B62, 40, 'co2')}»"`],
    negative: [`COHERE_MODEL=command-r-plus`, `cohere_sha = "${fake(HEX, 40, 'sha')}"`],
    post: [hasOneCharacterClass, ({ value }) => (/^[0-9a-f]+$/.test(value) ? 'hex digest' : undefined)],
    minEntropy: 4,
    guide: { grants: 'Calls Cohere models (chat, embed, rerank) billed to the account; trial keys are rate-limited.', revoke: 'dashboard.cohere.com → API Keys → delete the key.', url: 'https://dashboard.cohere.com/api-keys', store: STORE },
  }),
  contextual({
    id: 'mistral.api-key',
    title: 'Mistral AI API key',
    words: ['mistral'],
    value: '[A-Za-z0-9]{32}',
    sample: fake(B62, 32, 'mis'),
    negative: ['MISTRAL_MODEL=mistral-large-latest', `mistral_hash = "${fake(HEX, 32, 'md5')}"`],
    post: [hasOneCharacterClass, ({ value }) => (/^[0-9a-f]+$/.test(value) ? 'hex digest' : undefined)],
    minEntropy: 4,
    guide: { grants: 'Calls Mistral models and reads the workspace\'s files, fine-tunes and batch jobs.', revoke: 'console.mistral.ai → API Keys → delete the key.', url: 'https://console.mistral.ai/api-keys', store: STORE },
  }),
  contextual({
    id: 'clarifai.pat',
    title: 'Clarifai personal access token',
    words: ['clarifai'],
    value: '[A-Za-z0-9]{32}',
    sample: fake(B62, 32, 'clar'),
    negative: ['CLARIFAI_USER_ID=clarifai'],
    post: [hasOneCharacterClass],
    minEntropy: 3.5,
    guide: { grants: 'Acts as the user on every Clarifai app: models, inputs, workflows, billed usage.', revoke: 'clarifai.com → Settings → Security → delete the token.', url: 'https://clarifai.com/settings/security', store: STORE },
  }),
  contextual({
    id: 'modal.token-secret',
    title: 'Modal token secret',
    words: ['modal', 'token_secret'],
    names: cis('modal', 'token_secret'),
    value: 'as-[A-Za-z0-9]{22}',
    sample: `as-${fake(B62, 22, 'modal')}`,
    positive: [`token_secret = "«as-${fake(B62, 22, 'modal2')}»"`],
    negative: [`MODAL_TOKEN_ID=ak-${fake(B62, 22, 'modal-id')}`],
    post: [bodyMix('as-')],
    guide: { grants: 'With its token id (`ak-…`), deploys and runs functions in the Modal workspace, billed to it, and reads its secrets and volumes.', revoke: 'modal.com → Settings → API Tokens → revoke the token.', url: 'https://modal.com/settings/tokens', store: STORE },
  }),
  contextual({
    id: 'pinecone.legacy-api-key',
    title: 'Pinecone API key (legacy UUID)',
    words: ['pinecone'],
    names: [nameWith('pinecone', 'key')],
    value: UUID,
    sample: fakeUuid('pine'),
    negative: [`PINECONE_INDEX_ID=${fakeUuid('idx')}`],
    guide: { grants: 'Reads, writes and deletes the project\'s vector indexes.', revoke: 'app.pinecone.io → project → API Keys → delete the key.', url: 'https://app.pinecone.io', store: STORE },
  }),
];

export const detectors: Detector[] = [...openai, ...anthropic, ...prefixedProviders, ...contextProviders];
