/**
 * SaaS productivity, collaboration, CRM and CMS tokens. Shapes, context keywords, look-alikes and
 * revoke paths: CREDENTIAL-FORMATS.md §11 (plus the §4/§6/§8 rows the lead assigned here: Shippo,
 * Mapbox, Airtable). Zendesk, Intercom, Freshdesk, Twitch (§3) and Postman, ReadMe (§2) live in other files.
 * Prefixed tokens are anchored on their prefix; un-prefixed ones need the provider in the variable name.
 */
import { fake, fakeJwt, toBase64, toBase64Url } from '../fake.js';
import { B62, B64URL, HEX, HEX_UPPER, LOWER_DIGITS, alphabet, assignment, ci, prefixedToken } from '../patterns.js';
import type { Detector, DetectorGuide, Example, PostValidator } from '../types.js';

// ---------------------------------------------------------------------------------------------
// Builders shared with misc.ts: un-prefixed secrets assigned to a provider-named variable.
// ---------------------------------------------------------------------------------------------

/** Case-insensitive name words joined by an optional separator: `w('api', 'key')` → api[_.-]?key. */
export function w(...words: string[]): string {
  return words.map(ci).join('[_.-]?');
}

/** Words that make a provider-named variable a credential (`ZENDESK_API_TOKEN`, `zoomClientSecret`). */
export const SECRET_WORDS: readonly string[] = ['secret', 'token', 'key', 'pass', 'pat', 'auth', 'cred', 'bearer'].map((x) => ci(x));

/**
 * Name fragments `<provider>…<word>`: the provider, up to 24 name characters, then one of the words.
 * `boundary` forbids a letter right before the provider (`box` must not match `sandbox`/`checkbox`).
 */
export function providerNames(providers: readonly string[], words: readonly string[] = SECRET_WORDS, boundary = false): string[] {
  const lead = boundary ? '(?<![A-Za-z])' : '';
  return providers.map((p) => `${lead}${ci(p)}[A-Za-z0-9_.-]{0,24}(?:${words.join('|')})`);
}

/** The separator part of `assignment()` (patterns.ts), for patterns that also accept non-assignment prefixes (URLs). */
const ASSIGN_SEPARATOR = `(?:["'\`]?\\]?\\s*(?::=|=>|==|=|:|\\s)\\s*|>)(?:[A-Za-z]+\\s*\\(\\s*)?[@"'\`]?`;

/** Like `assignment()`, plus literal prefixes after which the value may also appear (e.g. `?appid=` in a provider URL). */
export function assignmentOr(nameAlternatives: readonly string[], valueShape: string, prefixes: readonly string[]): RegExp {
  return new RegExp(
    `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${nameAlternatives.join('|')})[A-Za-z0-9_.-]{0,40})${ASSIGN_SEPARATOR}|(?:${prefixes.join('|')}))` +
      `(?<secret>${valueShape})(?![A-Za-z0-9_+/=-])`,
  );
}

/** A query-string parameter of a provider URL: `host/…?…&param=` (bounded, no nested quantifiers). */
export function urlParam(hostRe: string, param: string): string {
  return `${hostRe}/[^\\s"'?#]{0,80}\\?(?:[^\\s"'#]{0,200}&)?${ci(param)}=`;
}

export interface ContextualSpec {
  readonly id: string;
  readonly title: string;
  /** Provider names as they appear in variable names (literal, case-insensitive). */
  readonly providers: readonly string[];
  /** Regex fragments one of which must follow the provider in the name (default SECRET_WORDS). */
  readonly words?: readonly string[];
  readonly boundary?: boolean;
  /** Extra raw name alternatives (regex fragments). */
  readonly extraNames?: readonly string[];
  /** Literal-ish regex prefixes after which the value may appear without a variable name. */
  readonly prefixes?: readonly string[];
  /** Regex fragment of the value, with its own length bounds. */
  readonly value: string;
  /** Defaults to the providers (each name alternative contains one). */
  readonly keywords?: readonly string[];
  readonly minEntropy?: number;
  readonly post?: readonly PostValidator[];
  readonly positive: readonly Example[];
  readonly negative: readonly Example[];
  readonly guide: DetectorGuide;
}

/** An un-prefixed secret: only found as the value of a provider-named variable, on a line holding the provider name. */
export function contextual(spec: ContextualSpec): Detector {
  const nameAlternatives = [...providerNames(spec.providers, spec.words, spec.boundary), ...(spec.extraNames ?? [])];
  return {
    id: spec.id,
    title: spec.title,
    kind: 'specific',
    keywords: spec.keywords ?? spec.providers.map((p) => p.toLowerCase()),
    keywordScope: 'line',
    pattern: spec.prefixes ? assignmentOr(nameAlternatives, spec.value, spec.prefixes) : assignment(nameAlternatives, spec.value),
    ...(spec.minEntropy === undefined ? {} : { minEntropy: spec.minEntropy }),
    ...(spec.post ? { post: spec.post } : {}),
    examples: { positive: spec.positive, negative: spec.negative },
    guide: spec.guide,
  };
}

/** A token anchored on its prefix (or another distinctive shape): no context needed. */
export function prefixed(spec: {
  id: string;
  title: string;
  keywords: readonly string[];
  pattern: RegExp;
  minEntropy?: number;
  post?: readonly PostValidator[];
  positive: readonly Example[];
  negative: readonly Example[];
  guide: DetectorGuide;
}): Detector {
  return {
    id: spec.id,
    title: spec.title,
    kind: 'specific',
    keywords: spec.keywords,
    pattern: spec.pattern,
    ...(spec.minEntropy === undefined ? {} : { minEntropy: spec.minEntropy }),
    ...(spec.post ? { post: spec.post } : {}),
    examples: { positive: spec.positive, negative: spec.negative },
    guide: spec.guide,
  };
}

/** Any JWT: header and payload are base64url JSON (`eyJ`), then a signature. */
export const JWT_SHAPE = 'eyJ[A-Za-z0-9_-]{8,400}\\.eyJ[A-Za-z0-9_-]{8,2000}\\.[A-Za-z0-9_-]{16,700}';

export const LEFT = '(?<![A-Za-z0-9_])';
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export function fakeUuid(salt: string): string {
  const h = fake(HEX, 32, `uuid|${salt}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** Random base62 secrets use at least two of lower case, upper case and digits (`PLATFORMOPSBACKLOG` does not). */
const isSingleCharClass: PostValidator = ({ value }) =>
  Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) >= 2 ? undefined : 'one character class only';

/** `process.env.X`, `settings.SERVICENOW_PASSWORD`, `SN_PASSWORD`: a reference to the secret, not the secret. */
const isCodeReference: PostValidator = ({ value }) =>
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) ? 'code or environment reference' : undefined;

/** Jira/Confluence Data Center PATs are Base64 of `<numeric id>:<random bytes>`. */
const isNotDcPat: PostValidator = ({ value }) => (/^\d{6,}:/.test(Buffer.from(value, 'base64').toString('latin1')) ? undefined : 'does not decode to <id>:<secret>');

// Deterministic fakes reused in several examples.
const atlassianToken = `ATATT3xFfGF0${fake(B64URL, 171, 'atl')}=${fake(HEX_UPPER, 8, 'atl-crc')}`;
const dcPat = toBase64(`${fake(alphabet('0-9'), 12, 'dcpat-id')}:${fake(B62, 20, 'dcpat')}`);

// ---------------------------------------------------------------------------------------------

export const detectors: Detector[] = [
  // --- Notion ---------------------------------------------------------------------------------
  prefixed({
    id: 'notion.integration-token',
    title: 'Notion integration token',
    keywords: ['ntn_'],
    // Since 2024: `ntn_` + 11 digits + 35 base62 (50 chars); developers.notion.com credential-security guide.
    pattern: new RegExp(`${LEFT}(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35,40})(?![A-Za-z0-9])`),
    positive: [
      `NOTION_TOKEN=«ntn_${fake(alphabet('0-9'), 11, 'ntn-d')}${fake(B62, 35, 'ntn')}»`,
      `const notion = new Client({ auth: "«ntn_${fake(alphabet('0-9'), 11, 'ntn-d2')}${fake(B62, 35, 'ntn2')}»" });`,
    ],
    negative: ['NOTION_TOKEN=ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `auth: "ntn_${fake(B62, 20, 'short')}"`, 'Notion tokens now start with ntn_ instead of secret_.'],
    guide: {
      grants: 'Reads and writes every Notion page and database shared with the integration.',
      revoke: 'notion.so/profile/integrations (formerly notion.so/my-integrations) → the integration → Configuration → Refresh the internal integration secret, or delete the integration.',
      url: 'https://www.notion.so/profile/integrations',
    },
  }),
  {
    id: 'notion.legacy-token',
    title: 'Notion integration token or OAuth client secret (legacy secret_)',
    kind: 'specific',
    // `secret_` alone is too common a word: require `notion` on the same line.
    keywords: ['notion'],
    keywordScope: 'line',
    pattern: new RegExp(`${ci('notion')}[^\\n]{0,80}?${LEFT}(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9])`),
    post: [isSingleCharClass],
    examples: {
      positive: [`NOTION_API_KEY=«secret_${fake(B62, 43, 'notion-legacy')}»`, `notion = Client(auth="«secret_${fake(B62, 43, 'notion-legacy2')}»")`],
      negative: [`STRIPE_WEBHOOK=secret_${fake(B62, 43, 'other')}`, 'NOTION_API_KEY=secret_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `notion_key = "secret_${fake(B62, 20, 's')}"`],
    },
    guide: {
      grants: 'An internal integration token reads and writes every page shared with the integration; a public integration\'s client secret lets anyone complete OAuth as your integration.',
      revoke: 'notion.so/profile/integrations → the integration → Configuration → Refresh the secret (public integrations: regenerate the OAuth client secret), or delete the integration.',
      url: 'https://www.notion.so/profile/integrations',
    },
  },

  // --- Airtable -------------------------------------------------------------------------------
  prefixed({
    id: 'airtable.pat',
    title: 'Airtable personal access token',
    keywords: ['pat'],
    // `pat` + 14 base62 (token id) + `.` + 64 hex (secret); CREDENTIAL-FORMATS.md §8.
    pattern: new RegExp(`${LEFT}(?<secret>pat[A-Za-z0-9]{14}\\.[0-9a-f]{64})(?![A-Za-z0-9])`),
    positive: [
      `AIRTABLE_API_KEY=«pat${fake(B62, 14, 'at-id')}.${fake(HEX, 64, 'at')}»`,
      `headers: { Authorization: 'Bearer «pat${fake(B62, 14, 'at-id2')}.${fake(HEX, 64, 'at2')}»' }`,
    ],
    negative: [`AIRTABLE_API_KEY=pat${fake(B62, 14, 'x')}.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `record: rec${fake(B62, 14, 'rec')}, base: app${fake(B62, 14, 'app')}`, `path.${fake(HEX, 64, 'p')}`],
    guide: {
      grants: 'Acts as the user on the bases and with the scopes chosen for the token: read and write records, schemas, comments and webhooks.',
      revoke: 'airtable.com/create/tokens → the token → Regenerate or Delete (enterprise admins can revoke members\' tokens in the admin panel).',
      url: 'https://airtable.com/create/tokens',
    },
  }),
  contextual({
    id: 'airtable.legacy-api-key',
    title: 'Airtable legacy API key',
    providers: ['airtable'],
    // Legacy keys: `key` + 14 base62, deprecated February 2024.
    value: 'key[A-Za-z0-9]{14}',
    post: [isSingleCharClass],
    positive: [`AIRTABLE_API_KEY=«key${fake(B62, 14, 'atk')}»`, `airtable_key: "«key${fake(B62, 14, 'atk2')}»"`],
    negative: [`AIRTABLE_BASE_ID=app${fake(B62, 14, 'base')}`, 'AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX', `AIRTABLE_TABLE_KEY=rec${fake(B62, 14, 'r')}`],
    guide: {
      grants: 'Full API access as the user to every base they can reach.',
      revoke: 'Legacy API keys stopped working on 1 February 2024; check airtable.com/account that no key is listed and move to a scoped personal access token.',
      url: 'https://airtable.com/create/tokens',
    },
  }),

  // --- Asana ----------------------------------------------------------------------------------
  {
    id: 'asana.pat',
    title: 'Asana personal access token',
    kind: 'specific',
    // Version digit `0`/`1`/`2` + `/` + user (and token) gid + `:` + 32 hex; legacy `0/` + 32 hex.
    // The shape is distinctive, but `asana` must still occur in the document.
    keywords: ['asana'],
    pattern: new RegExp(`(?<![A-Za-z0-9_/.-])(?<secret>[012]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32}|0/[0-9a-f]{32})(?![A-Za-z0-9/])`),
    examples: {
      positive: [
        `ASANA_PAT=«2/${fake(alphabet('0-9'), 16, 'asana-u')}/${fake(alphabet('0-9'), 16, 'asana-t')}:${fake(HEX, 32, 'asana')}»`,
        `client = asana.Client.access_token('«1/${fake(alphabet('0-9'), 16, 'asana-u1')}:${fake(HEX, 32, 'asana1')}»')`,
      ],
      negative: [`asana workspace gid 1/${fake(alphabet('0-9'), 16, 'gid')}`, `# not asana\nurl = "https://cdn/v0/${fake(HEX, 32, 'cdn')}"`, `ASANA_PAT=1/${fake(alphabet('0-9'), 16, 'x')}:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`],
    },
    guide: {
      grants: 'Acts as the user in every Asana workspace and organization they belong to: read and change tasks, projects, comments and attachments.',
      revoke: 'Asana → Settings → Apps → View developer console → Personal access tokens → the token → Revoke.',
      url: 'https://app.asana.com/0/my-apps',
    },
  },

  // --- Linear ---------------------------------------------------------------------------------
  prefixed({
    id: 'linear.api-key',
    title: 'Linear personal API key',
    keywords: ['lin_api_'],
    pattern: prefixedToken('lin_api_', B62, 40),
    positive: [`LINEAR_API_KEY=«lin_api_${fake(B62, 40, 'lin')}»`, `new LinearClient({ apiKey: '«lin_api_${fake(B62, 40, 'lin2')}»' })`],
    negative: ['LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `lin_api_${fake(B62, 20, 'short')}`],
    guide: {
      grants: 'Acts as the user on Linear\'s GraphQL API: read and change issues, projects, cycles and comments in their workspace.',
      revoke: 'Linear → Settings → Account → Security & access → Personal API keys → Revoke.',
      url: 'https://linear.app/settings/account/security',
    },
  }),
  prefixed({
    id: 'linear.oauth-token',
    title: 'Linear OAuth access token',
    keywords: ['lin_oauth_'],
    // `lin_oauth_` + 64 hex (unverified): accept a range.
    pattern: prefixedToken('lin_oauth_', B62, [40, 100]),
    positive: [`Authorization: Bearer «lin_oauth_${fake(HEX, 64, 'lino')}»`],
    negative: ['token = "lin_oauth_<access-token>"', `lin_oauth_${fake(HEX, 16, 'short')}`],
    guide: {
      grants: 'Acts as the user who authorised the OAuth application, with its scopes.',
      revoke: 'POST the token to https://api.linear.app/oauth/revoke, or the user removes the app in Settings → Account → Security & access → Authorized applications.',
      url: 'https://linear.app/developers/oauth-2-0-authentication',
    },
  }),

  // --- Figma ----------------------------------------------------------------------------------
  prefixed({
    id: 'figma.pat',
    title: 'Figma personal access token',
    keywords: ['figd_'],
    pattern: prefixedToken('figd_', B64URL, [40, 64]),
    positive: [`FIGMA_TOKEN=«figd_${fake(B64URL, 40, 'figd')}»`, `curl -H 'X-Figma-Token: «figd_${fake(B64URL, 40, 'figd2')}»' https://api.figma.com/v1/me`],
    negative: ['FIGMA_TOKEN=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `figd_${fake(B64URL, 12, 'short')}`],
    guide: {
      grants: 'Reads (and with write scopes, changes) every file, comment, variable and dev resource the user can access.',
      revoke: 'Figma → Settings → Security → Personal access tokens → Revoke.',
      url: 'https://www.figma.com/developers/api#access-tokens',
    },
  }),
  contextual({
    id: 'figma.legacy-token',
    title: 'Figma personal access token (legacy)',
    providers: ['figma'],
    // Pre-2023 tokens: a numeric id, `-`, then a UUID.
    value: `[0-9]{4,8}-${UUID}`,
    positive: [`FIGMA_TOKEN=«${fake(alphabet('0-9'), 6, 'fg-id')}-${fakeUuid('figma')}»`],
    negative: [`FIGMA_FILE_KEY=${fake(B62, 22, 'file')}`, `FIGMA_TEAM_ID=${fake(alphabet('0-9'), 18, 'team')}`],
    guide: {
      grants: 'Reads every file and comment the user can access.',
      revoke: 'Figma → Settings → Security → Personal access tokens → Revoke.',
      url: 'https://www.figma.com/developers/api#access-tokens',
    },
  }),

  // --- Atlassian (Jira, Confluence, Bitbucket Cloud) ------------------------------------------
  prefixed({
    id: 'atlassian.api-token',
    title: 'Atlassian API token',
    keywords: ['ATATT3'],
    // `ATATT3xFfGF0` + ~180 base64url chars, `=`, 8 hex checksum (since 2023).
    pattern: prefixedToken('ATATT3', alphabet('A-Za-z0-9_=-'), [150, 300]),
    positive: [
      `JIRA_API_TOKEN=«${atlassianToken}»`,
      `curl -u ops@example.com:«${atlassianToken}» https://acme.atlassian.net/rest/api/3/myself`,
      `confluence:\n  token: "«ATATT3xFfGF0${fake(B64URL, 171, 'atl2')}=${fake(HEX_UPPER, 8, 'atl2-crc')}»"`,
    ],
    negative: ['JIRA_API_TOKEN=ATATT3xFfGF0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `ATATT3${fake(B64URL, 40, 'short')}`],
    guide: {
      grants: 'With the account e-mail as Basic-auth user, acts as that user on Jira, Confluence and Bitbucket Cloud with all their permissions (or the scopes of a scoped token).',
      revoke: 'id.atlassian.com → Account settings → Security → Create and manage API tokens → Revoke; organization admins can also revoke users\' tokens in admin.atlassian.com.',
      url: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    },
  }),
  prefixed({
    id: 'atlassian.admin-api-key',
    title: 'Atlassian organization admin API key',
    keywords: ['ATCTT3'],
    // `ATCTT3xFfGN0` + ~180 chars (unverified): a wide range.
    pattern: prefixedToken('ATCTT3', alphabet('A-Za-z0-9_=-'), [100, 300]),
    positive: [`ATLASSIAN_ADMIN_KEY=«ATCTT3xFfGN0${fake(B64URL, 171, 'atc')}=${fake(HEX_UPPER, 8, 'atc-crc')}»`],
    negative: [`ATCTT3${fake(B64URL, 30, 'short')}`],
    guide: {
      grants: 'Calls the organization admin APIs: manage users, groups, domains, policies and read the audit log of the whole Atlassian organization.',
      revoke: 'admin.atlassian.com → Settings → API keys → Revoke.',
      url: 'https://admin.atlassian.com',
    },
  }),
  contextual({
    id: 'atlassian.api-token-legacy',
    title: 'Atlassian API token (legacy, 24 characters)',
    providers: ['atlassian', 'jira', 'confluence'],
    words: ['token', 'pass', 'secret', 'key', 'pat'].map((x) => ci(x)),
    // Pre-2023 tokens: 24 base62, used as the Basic-auth password with the account e-mail.
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`JIRA_API_TOKEN=«${fake(B62, 24, 'jira-legacy')}»`, `confluence_password: "«${fake(B62, 24, 'conf-legacy')}»"`],
    negative: ['JIRA_API_TOKEN=${JIRA_TOKEN}', 'JIRA_PROJECT_KEY=PLATFORMOPSBACKLOGSPRINT', 'jira_token = "changeme"'],
    guide: {
      grants: 'With the account e-mail as Basic-auth user, acts as that user on Jira and Confluence Cloud with all their permissions.',
      revoke: 'id.atlassian.com → Account settings → Security → Create and manage API tokens → Revoke.',
      url: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    },
  }),
  contextual({
    id: 'atlassian.dc-pat',
    title: 'Jira / Confluence / Bitbucket Data Center personal access token',
    providers: ['jira', 'confluence', 'bitbucket', 'atlassian'],
    words: ['token', 'pat', 'bearer', 'pass', 'secret'].map((x) => ci(x)),
    // 44 Base64 chars of `<numeric id>:<random>`, so they start with M/N/O (unverified): decode to check.
    value: '[MNO][A-Za-z0-9+/]{43}',
    post: [isNotDcPat],
    positive: [`JIRA_PAT=«${dcPat}»`, `confluence_bearer_token: «${toBase64(`${fake(alphabet('0-9'), 12, 'dcpat-id2')}:${fake(B62, 20, 'dcpat2')}`)}»`],
    negative: [`JIRA_PAT=${toBase64(fake(B62, 33, 'notpat'))}`, `JIRA_PAT=N${fake(B62, 43, 'rand')}`],
    guide: {
      grants: 'Acts as the user on a self-hosted Jira, Confluence or Bitbucket Data Center instance, with all their permissions.',
      revoke: 'On the instance: avatar → Profile → Personal access tokens → Revoke (admins: Administration → Users → Personal access tokens).',
      url: 'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
    },
  }),

  // --- ServiceNow ----------------------------------------------------------------------------
  contextual({
    id: 'servicenow.credential',
    title: 'ServiceNow password or OAuth client secret',
    providers: ['servicenow', 'service_now', 'snow_'],
    words: ['pass', 'secret', 'token', 'pwd'].map((x) => ci(x)),
    // Free-form: any non-space run without quotes or brackets; a digit/letter mix keeps `os.getenv` out.
    value: '[^\\s"\'`<>(){}\\[\\],;]{8,128}',
    minEntropy: 3.0,
    post: [isSingleCharClass, isCodeReference],
    positive: [`SERVICENOW_PASSWORD=«${fake(alphabet('A-Za-z0-9!#%*'), 18, 'snow')}»`, `servicenow_client_secret: «${fake(B64URL, 32, 'snow2')}»`],
    negative: ['SERVICENOW_PASSWORD=${SN_PASSWORD}', 'SERVICENOW_PASSWORD=changeme', 'servicenow_password: <password>', 'const servicenowPassword = process.env.SERVICENOW_PASSWORD;', 'servicenow_password = os.getenv("SN_PASSWORD")'],
    guide: {
      grants: 'Signs in to the ServiceNow instance as that account or OAuth application: reads and changes every record its roles allow (incidents, CMDB, users, credentials in workflows).',
      revoke: 'Change the account\'s password (User Administration → Users); for an OAuth client, System OAuth → Application Registry → the entry → regenerate the client secret, and revoke issued tokens in System OAuth → Manage Tokens.',
      url: 'https://docs.servicenow.com',
    },
  }),

  // --- CRM: HubSpot, Salesforce, Pipedrive ----------------------------------------------------
  prefixed({
    id: 'hubspot.private-app-token',
    title: 'HubSpot private app access token',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    // `pat-<region>-` + UUID.
    pattern: new RegExp(`${LEFT}(?<secret>pat-(?:na|eu|ap)[0-9]-${UUID})(?![A-Za-z0-9-])`),
    positive: [`HUBSPOT_ACCESS_TOKEN=«pat-na1-${fakeUuid('hs')}»`, `new hubspot.Client({ accessToken: '«pat-eu1-${fakeUuid('hs2')}»' })`],
    negative: ['HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', 'pat-na1-<token>'],
    guide: {
      grants: 'Calls HubSpot\'s APIs for the account with the private app\'s scopes: CRM contacts, companies, deals, tickets, files, etc.',
      revoke: 'HubSpot → Settings → Integrations → Private apps (Legacy apps) → the app → Auth → Rotate token (expire the old one now).',
      url: 'https://developers.hubspot.com/docs/api/private-apps',
    },
  }),
  contextual({
    id: 'hubspot.legacy-api-key',
    title: 'HubSpot legacy API key (hapikey)',
    providers: ['hubspot'],
    words: ['key', 'hapikey'].map((x) => ci(x)),
    extraNames: [ci('hapikey')],
    keywords: ['hubspot', 'hapikey'],
    value: UUID,
    positive: [`https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«${fakeUuid('hapi')}»`, `HUBSPOT_API_KEY=«${fakeUuid('hapi2')}»`],
    negative: [`HUBSPOT_PORTAL_ID=${fakeUuid('portal')}`, 'HUBSPOT_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    guide: {
      grants: 'Full API access to the HubSpot account (legacy keys bypass scopes).',
      revoke: 'API keys were sunset in November 2022: in Settings → Integrations → API key deactivate it if still listed, and use a private app token instead.',
      url: 'https://developers.hubspot.com/changelog/upcoming-api-key-sunset',
    },
  }),
  prefixed({
    id: 'salesforce.access-token',
    title: 'Salesforce OAuth access / session token',
    keywords: ['00D'],
    // The 15-character org id (`00D` + 12) + `!` + the session part.
    pattern: new RegExp(`${LEFT}(?<secret>00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,200})(?![A-Za-z0-9._])`),
    positive: [
      `SF_ACCESS_TOKEN=«00D${fake(B62, 12, 'sf-org')}!AQ${fake(alphabet('A-Za-z0-9._'), 94, 'sf')}»`,
      `curl https://acme.my.salesforce.com/services/data/v60.0/ -H "Authorization: Bearer «00D${fake(B62, 12, 'sf-org2')}!AR${fake(B62, 96, 'sf2')}»"`,
    ],
    negative: [`org_id = "00D${fake(B62, 12, 'org')}"`, `00D${fake(B62, 12, 'org2')}!short`],
    guide: {
      grants: 'A live session: acts as the user on the org\'s REST, SOAP and Bulk APIs until it expires or is revoked.',
      revoke: 'POST the token to https://login.salesforce.com/services/oauth2/revoke (or your My Domain), or Setup → Session Management → Remove the session; change the user\'s password if a password flow issued it.',
      url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm',
    },
  }),
  prefixed({
    id: 'salesforce.refresh-token',
    title: 'Salesforce OAuth refresh token',
    keywords: ['5Aep8'],
    // Refresh tokens start `5Aep8` (unverified, widely observed); ~87 chars.
    pattern: prefixedToken('5Aep8', alphabet('A-Za-z0-9._'), [60, 120]),
    positive: [`SALESFORCE_REFRESH_TOKEN=«5Aep861${fake(alphabet('A-Za-z0-9._'), 80, 'sfr')}»`],
    negative: [`id: 5Aep8${fake(B62, 10, 'short')}`],
    guide: {
      grants: 'Mints new access tokens for the user through the connected app until revoked.',
      revoke: 'Setup → Connected Apps OAuth Usage → the app → Revoke (or the user: Settings → Connected Apps → Revoke); or POST it to /services/oauth2/revoke.',
      url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm',
    },
  }),
  contextual({
    id: 'salesforce.consumer-secret',
    title: 'Salesforce connected app consumer secret',
    providers: ['salesforce', 'sfdc', 'sf_'],
    words: [w('consumer', 'secret'), w('client', 'secret')],
    // 64 hex (newer) or 19 digits (older) (unverified); the consumer key `3MVG9…` is its public pair.
    value: '[0-9A-Fa-f]{64}|[0-9]{19}',
    keywords: ['salesforce', 'sfdc', 'sf_'],
    minEntropy: 2.5,
    positive: [`SALESFORCE_CONSUMER_SECRET=«${fake(HEX_UPPER, 64, 'sfcs')}»`, `sf_client_secret: "«${fake(alphabet('0-9'), 19, 'sfcs2')}»"`],
    negative: [`SALESFORCE_CONSUMER_KEY=3MVG9${fake(B62, 80, 'ck')}`, 'SALESFORCE_CONSUMER_SECRET=${SF_SECRET}'],
    guide: {
      grants: 'With the consumer key, runs OAuth flows as the connected app (client-credentials and JWT flows act as the app\'s run-as user).',
      revoke: 'Setup → App Manager → the connected app → View → Manage Consumer Details → Generate (staged rotation), then apply the new secret and expire the old one.',
      url: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm',
    },
  }),
  contextual({
    id: 'pipedrive.api-token',
    title: 'Pipedrive API token',
    providers: ['pipedrive'],
    value: '[0-9a-f]{40}',
    minEntropy: 3.0,
    positive: [`PIPEDRIVE_API_TOKEN=«${fake(HEX, 40, 'pd')}»`, `const client = new Pipedrive.ApiClient({ pipedriveApiToken: '«${fake(HEX, 40, 'pd2')}»' });`],
    negative: [`PIPEDRIVE_COMPANY_DOMAIN=${fake(HEX, 40, 'dom')}`, `commit_sha = "${fake(HEX, 40, 'sha')}"`],
    guide: {
      grants: 'Acts as the user on Pipedrive\'s API: read and edit deals, persons, organisations and activities they can see.',
      revoke: 'Pipedrive → avatar → Personal preferences → API → Generate new token.',
      url: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
    },
  }),

  // --- Project and work management ------------------------------------------------------------
  contextual({
    id: 'monday.api-token',
    title: 'monday.com API token',
    providers: ['monday'],
    // A JWT (HS256); the generic JWT detector yields to this one.
    value: JWT_SHAPE,
    positive: [`MONDAY_API_TOKEN=«${fakeJwt({ tid: 123456789, aai: 11, uid: 424242, iad: '2024-01-01T00:00:00.000Z', per: 'me:write', actid: 777, rgn: 'use1' }, 'monday', { alg: 'HS256' })}»`],
    negative: [`MONDAY_BOARD_ID=${fake(alphabet('0-9'), 10, 'board')}`, 'MONDAY_API_TOKEN=eyJxxxx'],
    guide: {
      grants: 'Acts as the user on monday.com\'s GraphQL API: read and change every board, item, update and file they can access.',
      revoke: 'monday.com → avatar → Developers → My access tokens → Regenerate (admins: Administration → Connections → Personal API token).',
      url: 'https://developer.monday.com/api-reference/docs/authentication',
    },
  }),
  prefixed({
    id: 'clickup.pat',
    title: 'ClickUp personal API token',
    keywords: ['pk_'],
    // `pk_` + user id + `_` + 32 upper-case alphanumerics: unlike Stripe/Klaviyo `pk_` keys.
    pattern: new RegExp(`${LEFT}(?<secret>pk_[0-9]{6,10}_[A-Z0-9]{32})(?![A-Za-z0-9])`),
    positive: [`CLICKUP_API_TOKEN=«pk_${fake(alphabet('0-9'), 8, 'cu-id')}_${fake(alphabet('A-Z0-9'), 32, 'cu')}»`, `headers: { Authorization: "«pk_${fake(alphabet('0-9'), 7, 'cu-id2')}_${fake(alphabet('A-Z0-9'), 32, 'cu2')}»" }`],
    negative: [`STRIPE_PUBLISHABLE_KEY=pk_live_${fake(B62, 24, 'stripe')}`, 'CLICKUP_API_TOKEN=pk_12345678_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    guide: {
      grants: 'Acts as the user on ClickUp\'s API across all their Workspaces: tasks, lists, docs, comments, time tracking.',
      revoke: 'ClickUp → avatar → Settings → Apps → API Token → Regenerate.',
      url: 'https://app.clickup.com/settings/apps',
    },
  }),
  prefixed({
    id: 'trello.token',
    title: 'Trello API token',
    keywords: ['ATTA'],
    // `ATTA` + hex (newer tokens; exact length unverified).
    pattern: new RegExp(`${LEFT}(?<secret>ATTA[0-9a-fA-F]{60,80})(?![A-Za-z0-9])`),
    positive: [`TRELLO_TOKEN=«ATTA${fake(HEX, 64, 'trello')}${fake(HEX_UPPER, 8, 'trello-crc')}»`, `trello.com/1/members/me?key=${fake(HEX, 32, 'tk')}&token=«ATTA${fake(HEX, 64, 'trello2')}${fake(HEX_UPPER, 8, 'trello2-crc')}»`],
    negative: ['Please see the attached ATTACHMENT file', `ATTA${fake(HEX, 20, 'short')}`],
    guide: {
      grants: 'With the app\'s API key, acts as the user on Trello with the scopes granted (usually read and write on every board).',
      revoke: 'Trello → account → Settings → Applications → Revoke the token; or DELETE https://api.trello.com/1/tokens/{token}.',
      url: 'https://trello.com/my/account',
    },
  }),
  contextual({
    id: 'trello.legacy-token',
    title: 'Trello API token (legacy, 64 hex)',
    providers: ['trello'],
    words: ['token', 'secret'].map((x) => ci(x)),
    // The 32-hex API key is semi-public (it identifies the app): only the token and secret are flagged.
    value: '[0-9a-f]{64}',
    minEntropy: 3.0,
    positive: [`TRELLO_TOKEN=«${fake(HEX, 64, 'trl')}»`, `trello_secret: "«${fake(HEX, 64, 'trl2')}»"`],
    negative: [`TRELLO_API_KEY=${fake(HEX, 32, 'key')}`, `TRELLO_TOKEN=${'0'.repeat(64)}`],
    guide: {
      grants: 'With the app\'s API key, acts as the user on Trello (read and write on every board for the usual scopes); the OAuth secret signs requests as the app.',
      revoke: 'Trello → account → Settings → Applications → Revoke; regenerate the secret at trello.com/power-ups/admin → the Power-Up → API key.',
      url: 'https://trello.com/my/account',
    },
  }),
  contextual({
    id: 'smartsheet.access-token',
    title: 'Smartsheet API access token',
    providers: ['smartsheet'],
    // 37 base62 (older 26).
    value: '[A-Za-z0-9]{37}|[A-Za-z0-9]{26}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`SMARTSHEET_ACCESS_TOKEN=«${fake(B62, 37, 'ss')}»`, `smartsheet_token: «${fake(B62, 26, 'ss2')}»`],
    negative: [`SMARTSHEET_SHEET_ID=${fake(alphabet('0-9'), 16, 'sheet')}`, 'SMARTSHEET_ACCESS_TOKEN=<token>'],
    guide: {
      grants: 'Acts as the user on Smartsheet: read and edit every sheet, report and workspace shared with them.',
      revoke: 'Smartsheet → Account → Apps & Integrations → API Access → the token → Revoke.',
      url: 'https://help.smartsheet.com/articles/2482389-generate-API-key',
    },
  }),

  // --- Files, whiteboards, design -------------------------------------------------------------
  prefixed({
    id: 'dropbox.access-token',
    title: 'Dropbox short-lived access token',
    keywords: ['sl.'],
    // `sl.` + 130–152 base64url (newer `sl.u.`/`sl.B…` variants are longer).
    pattern: prefixedToken(['sl.u.', 'sl.'], B64URL, [130, 1500]),
    positive: [`DROPBOX_ACCESS_TOKEN=«sl.B${fake(B64URL, 140, 'dbx')}»`, `dbx = dropbox.Dropbox("«sl.u.${fake(B64URL, 300, 'dbx2')}»")`],
    negative: ['ssl.enabled=true', `token = "sl.${fake(B64URL, 40, 'short')}"`],
    guide: {
      grants: 'Acts as the user (or team) on Dropbox with the app\'s scopes: read, write and share files until it expires (about 4 hours).',
      revoke: 'Call POST https://api.dropboxapi.com/2/auth/token/revoke with the token, or the user disconnects the app in Dropbox → Settings → Connected apps.',
      url: 'https://www.dropbox.com/developers/apps',
    },
  }),
  contextual({
    id: 'box.client-secret',
    title: 'Box client secret or developer token',
    providers: ['box'],
    boundary: true,
    words: [w('client', 'secret'), w('developer', 'token'), w('access', 'token'), w('app', 'secret'), w('api', 'key')],
    keywords: ['box_', 'box-', 'box.', 'boxclient', 'boxdeveloper', 'boxaccess', 'boxapp', 'boxapi'],
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`BOX_CLIENT_SECRET=«${fake(B62, 32, 'box')}»`, `box:\n  boxDeveloperToken: «${fake(B62, 32, 'box2')}»`],
    negative: [`SANDBOX_CLIENT_SECRET=${fake(B62, 32, 'sandbox')}`, `BOX_CLIENT_ID=${fake(LOWER_DIGITS, 32, 'boxid')}`],
    guide: {
      grants: 'With the client ID, runs OAuth / client-credentials flows as the Box app (enterprise apps can reach every user\'s files); a developer token acts as the developer for 60 minutes.',
      revoke: 'Box Developer Console → the app → Configuration → Reset the client secret; developer tokens: Configuration → Developer Token → Revoke.',
      url: 'https://app.box.com/developers/console',
    },
  }),
  prefixed({
    id: 'miro.access-token',
    title: 'Miro access token',
    keywords: ['eyJtaXJvLm9yaWdpbiI6'],
    // Base64url of `{"miro.origin":"<region>"}` + `_` + a random part.
    pattern: new RegExp(`${LEFT}(?<secret>eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9+/=]{6,60}_[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])`),
    positive: [`MIRO_ACCESS_TOKEN=«${toBase64Url('{"miro.origin":"eu01"}')}_${fake(B64URL, 27, 'miro')}»`],
    negative: [`origin = "${toBase64Url('{"miro.origin":"eu01"}')}"`],
    guide: {
      grants: 'Acts as the user who installed the app on the team: read and change boards within the app\'s scopes.',
      revoke: 'Miro → Profile settings → Your apps → uninstall the app (revokes its tokens); app owners can also revoke a token through Miro\'s OAuth revoke endpoint.',
      url: 'https://developers.miro.com/docs/getting-started-with-oauth',
    },
  }),
  contextual({
    id: 'canva.client-secret',
    title: 'Canva Connect client secret',
    providers: ['canva'],
    words: ['secret'].map((x) => ci(x)),
    // `canva` but not `canvas` (checked on the variable name).
    value: '[A-Za-z0-9_-]{32,100}',
    minEntropy: 3.5,
    post: [({ groups }) => (groups.name && /canvas/i.test(groups.name) ? 'canvas, not Canva' : undefined)],
    positive: [`CANVA_CLIENT_SECRET=«cnvca${fake(B64URL, 48, 'canva')}»`],
    negative: [`CANVAS_SECRET=${fake(B64URL, 40, 'canvas')}`, `CANVA_CLIENT_ID=OC-${fake(B62, 12, 'cid')}`],
    guide: {
      grants: 'With the client ID, runs Canva Connect OAuth flows as your integration and acts on users\' designs within its scopes.',
      revoke: 'Canva Developer Portal → Your integrations → the integration → Configuration → Credentials → Generate a new secret.',
      url: 'https://www.canva.com/developers/integrations',
    },
  }),

  // --- Scheduling, forms, meetings, e-signature -----------------------------------------------
  contextual({
    id: 'calendly.pat',
    title: 'Calendly personal access token',
    providers: ['calendly'],
    value: JWT_SHAPE,
    positive: [`CALENDLY_API_KEY=«${fakeJwt({ iss: 'https://auth.calendly.com', iat: 1700000000, jti: fakeUuid('cal'), user_uuid: fakeUuid('calu') }, 'calendly', { kid: '1ce1e136', typ: 'PAT', alg: 'ES512' })}»`],
    negative: [`CALENDLY_EVENT_URL=https://calendly.com/acme/${fake(LOWER_DIGITS, 8, 'ev')}`, 'CALENDLY_API_KEY=eyJ...'],
    guide: {
      grants: 'Reads the user\'s (for admins, the organization\'s) event types, scheduled events and invitee details, and manages webhook subscriptions.',
      revoke: 'Calendly → Integrations → API & Webhooks → Personal access tokens → Delete.',
      url: 'https://calendly.com/integrations/api_webhooks',
    },
  }),
  prefixed({
    id: 'typeform.pat',
    title: 'Typeform personal access token',
    keywords: ['tfp_'],
    pattern: prefixedToken('tfp_', alphabet('A-Za-z0-9_.=-'), [40, 64]),
    positive: [`TYPEFORM_TOKEN=«tfp_${fake(B62, 44, 'tf')}_${fake(B62, 14, 'tf2')}»`, `Authorization: Bearer «tfp_${fake(B62, 44, 'tf3')}_${fake(B62, 14, 'tf4')}»`],
    negative: ['TYPEFORM_TOKEN=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `tfp_${fake(B62, 10, 'short')}`],
    guide: {
      grants: 'Reads and manages the account\'s forms, responses (respondents\' personal data), themes, images and webhooks within the token\'s scopes.',
      revoke: 'Typeform → Account → Your settings → Personal tokens → Delete.',
      url: 'https://admin.typeform.com/user/tokens',
    },
  }),
  contextual({
    id: 'zoom.client-secret',
    title: 'Zoom client secret / SDK secret',
    providers: ['zoom'],
    words: ['secret'].map((x) => ci(x)),
    value: '[A-Za-z0-9]{20,40}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`ZOOM_CLIENT_SECRET=«${fake(B62, 32, 'zoom')}»`, `zoom_api_secret = "«${fake(B62, 36, 'zoom2')}»"`],
    negative: [`ZOOM_CLIENT_ID=${fake(B62, 22, 'zid')}`, `ZOOM_ACCOUNT_ID=${fake(B64URL, 22, 'acct')}`, 'ZOOM_CLIENT_SECRET=${ZOOM_SECRET}'],
    guide: {
      grants: 'With the client ID (and account ID for server-to-server apps) mints access tokens for the Zoom account: meetings, recordings, users, chat.',
      revoke: 'marketplace.zoom.us → Manage → the app → App Credentials → Regenerate the client secret.',
      url: 'https://marketplace.zoom.us/user/build',
    },
  }),
  contextual({
    id: 'docusign.secret-key',
    title: 'DocuSign integration secret key',
    providers: ['docusign', 'ds_'],
    words: ['secret'].map((x) => ci(x)),
    keywords: ['docusign', 'ds_'],
    // A UUID; the integration key (also a UUID) is the public half.
    value: UUID,
    positive: [`DOCUSIGN_CLIENT_SECRET=«${fakeUuid('ds')}»`, `"docusignSecretKey": "«${fakeUuid('ds2')}»",`],
    negative: [`DOCUSIGN_INTEGRATION_KEY=${fakeUuid('ik')}`, `DOCUSIGN_ACCOUNT_ID=${fakeUuid('acct')}`],
    guide: {
      grants: 'With the integration key, completes Authorization Code Grant as the app: sends, reads and voids envelopes for users who consented.',
      revoke: 'DocuSign eSignature Admin → Apps and Keys → the app → Secret Keys → add a new key, deploy it, then delete the leaked one.',
      url: 'https://admin.docusign.com/apps-and-keys',
    },
  }),
  prefixed({
    id: 'adobe.client-secret',
    title: 'Adobe Developer Console client secret',
    keywords: ['p8e-'],
    pattern: prefixedToken('p8e-', alphabet('A-Za-z0-9-'), [32, 40]),
    positive: [`ADOBE_CLIENT_SECRET=«p8e-${fake(alphabet('A-Za-z0-9-'), 32, 'adobe')}»`],
    negative: [`ADOBE_CLIENT_ID=${fake(HEX, 32, 'cid')}`, 'ADOBE_CLIENT_SECRET=p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: {
      grants: 'With the public client ID, obtains OAuth server-to-server tokens for the project\'s Adobe APIs and product profiles (e.g. Analytics, AEM, Firefly).',
      revoke: 'Adobe Developer Console → the project → OAuth Server-to-Server credential → Rotate client secret: add a new secret, deploy it, delete the old one.',
      url: 'https://developer.adobe.com/console',
    },
  }),
  prefixed({
    id: 'zapier.webhook-url',
    title: 'Zapier catch-hook webhook URL',
    keywords: ['hooks.zapier.com'],
    pattern: new RegExp(`(?<secret>https?://hooks\\.zapier\\.com/hooks/catch/[0-9]{3,12}/[a-z0-9]{5,10}/?)(?![A-Za-z0-9/])`),
    positive: [`ZAPIER_HOOK=«https://hooks.zapier.com/hooks/catch/${fake(alphabet('0-9'), 7, 'zap')}/${fake(LOWER_DIGITS, 6, 'zap2')}/»`],
    negative: ['See https://hooks.zapier.com/hooks/catch/ for the format'],
    guide: {
      grants: 'Anyone with the URL can trigger the Zap with arbitrary data, running its downstream actions (e-mails, CRM writes, payments).',
      revoke: 'Zapier → the Zap → trigger step: delete and re-add the "Catch Hook" trigger to get a new URL (or turn the Zap off).',
      url: 'https://zapier.com/app/zaps',
    },
  }),

  // --- CMS and content platforms --------------------------------------------------------------
  prefixed({
    id: 'contentful.management-token',
    title: 'Contentful personal access (management) token',
    keywords: ['CFPAT-'],
    pattern: prefixedToken('CFPAT-', B64URL, [43, 64]),
    positive: [`CONTENTFUL_MANAGEMENT_TOKEN=«CFPAT-${fake(B64URL, 43, 'cf')}»`, `contentful-cli login --management-token «CFPAT-${fake(B64URL, 43, 'cf2')}»`],
    negative: [`CONTENTFUL_DELIVERY_TOKEN=${fake(B64URL, 43, 'cda')}`, 'CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: {
      grants: 'Full read and write through the Content Management API on every space and environment the user can reach: content, content models, webhooks, roles.',
      revoke: 'Contentful → account menu → Account settings → CMA tokens → Revoke.',
      url: 'https://app.contentful.com/account/profile/cma_tokens',
    },
  }),
  contextual({
    id: 'sanity.api-token',
    title: 'Sanity API token',
    providers: ['sanity'],
    // `sk` + ~180 base62 (unverified): require the provider in the name.
    value: 'sk[A-Za-z0-9]{100,250}',
    minEntropy: 4.0,
    positive: [`SANITY_API_TOKEN=«sk${fake(B62, 180, 'sanity')}»`, `const client = createClient({ projectId, sanityWriteToken: '«sk${fake(B62, 180, 'sanity2')}»' })`],
    negative: [`SANITY_PROJECT_ID=${fake(LOWER_DIGITS, 8, 'proj')}`, 'SANITY_API_TOKEN=skXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    guide: {
      grants: 'Reads the project\'s datasets including drafts; Editor/Deploy tokens also write documents, manage datasets or deploy studios.',
      revoke: 'sanity.io/manage → the project → API → Tokens → Delete.',
      url: 'https://www.sanity.io/manage',
    },
  }),
  contextual({
    id: 'storyblok.token',
    title: 'Storyblok preview / management token',
    providers: ['storyblok'],
    words: ['token', 'key', 'secret', 'pat'].map((x) => ci(x)),
    // Shapes vary by token type (unverified): a minimum length and entropy.
    value: '[A-Za-z0-9_-]{20,70}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`STORYBLOK_PREVIEW_TOKEN=«${fake(B62, 22, 'sb')}tt»`, `storyblok_management_token: «${fake(B62, 24, 'sb2')}-${fake(alphabet('0-9'), 6, 'sb3')}-${fake(B62, 20, 'sb4')}»`],
    negative: ['STORYBLOK_PREVIEW_TOKEN=<preview-token>', `STORYBLOK_SPACE_ID=${fake(alphabet('0-9'), 6, 'space')}`],
    guide: {
      grants: 'Preview tokens read draft (unpublished) content; personal access tokens manage spaces, stories, assets and users through the Management API.',
      revoke: 'Storyblok → Space settings → Access tokens → delete the token; personal tokens: My account → Personal access tokens → Remove.',
      url: 'https://app.storyblok.com/#/me/account?tab=token',
    },
  }),
  contextual({
    id: 'webflow.api-token',
    title: 'Webflow API token',
    providers: ['webflow'],
    value: '[0-9a-f]{64}',
    minEntropy: 3.0,
    positive: [`WEBFLOW_API_TOKEN=«${fake(HEX, 64, 'wf')}»`, `const webflow = new WebflowClient({ webflowAccessToken: "«${fake(HEX, 64, 'wf2')}»" });`],
    negative: [`WEBFLOW_SITE_ID=${fake(HEX, 24, 'site')}`, `WEBFLOW_API_TOKEN=${'ab'.repeat(32)}`],
    guide: {
      grants: 'Reads and writes the site\'s CMS collections, pages, form submissions, and publishes the site within the token\'s scopes.',
      revoke: 'Webflow → Site settings → Apps & integrations → API access → Delete the token.',
      url: 'https://developers.webflow.com/data/reference/authentication',
    },
  }),
  prefixed({
    id: 'frameio.token',
    title: 'Frame.io developer token',
    keywords: ['fio-u-'],
    pattern: prefixedToken('fio-u-', alphabet('A-Za-z0-9_=-'), [64, 80]),
    positive: [`FRAMEIO_TOKEN=«fio-u-${fake(B64URL, 64, 'fio')}»`],
    negative: [`fio-u-${fake(B64URL, 20, 'short')}`],
    guide: {
      grants: 'Acts as the user on Frame.io\'s API: read, upload and share assets in their accounts and projects.',
      revoke: 'developer.frame.io → Tokens → Delete the token.',
      url: 'https://developer.frame.io/app/tokens',
    },
  }),


  // --- Shipping -------------------------------------------------------------------------------
  prefixed({
    id: 'shippo.api-token',
    title: 'Shippo API token',
    keywords: ['shippo_live_', 'shippo_test_'],
    pattern: prefixedToken(['shippo_live_', 'shippo_test_'], HEX, 40),
    positive: [`SHIPPO_API_KEY=«shippo_live_${fake(HEX, 40, 'shippo')}»`, `shippo.config.api_key = "«shippo_test_${fake(HEX, 40, 'shippo2')}»"`],
    negative: ['SHIPPO_API_KEY=shippo_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `shippo_live_${fake(HEX, 20, 'short')}`],
    guide: {
      grants: 'Live tokens buy shipping labels charged to the account and read customers\' addresses and shipment history; test tokens reach the test environment.',
      revoke: 'Shippo dashboard → Settings → API → generate a new live (or test) token, deploy it, and retire the leaked one.',
      url: 'https://apps.goshippo.com/settings/api',
    },
  }),

  // --- Localisation ---------------------------------------------------------------------------
  contextual({
    id: 'lokalise.api-token',
    title: 'Lokalise API token',
    providers: ['lokalise'],
    value: '[0-9a-f]{40}',
    minEntropy: 3.0,
    positive: [`LOKALISE_API_TOKEN=«${fake(HEX, 40, 'lok')}»`, `lokaliseToken: "«${fake(HEX, 40, 'lok2')}»"`],
    negative: [`LOKALISE_PROJECT_ID=${fake(alphabet('0-9'), 18, 'p')}.${fake(HEX, 8, 'p2')}`, 'LOKALISE_API_TOKEN=${LOKALISE_TOKEN}'],
    guide: {
      grants: 'Acts as the user on Lokalise: read and change projects, keys, translations, files and contributors (read-only tokens only read).',
      revoke: 'Lokalise → avatar → Personal profile → API tokens → Delete.',
      url: 'https://app.lokalise.com/profile#apitokens',
    },
  }),
  contextual({
    id: 'crowdin.pat',
    title: 'Crowdin personal access token',
    providers: ['crowdin'],
    value: '[0-9a-f]{80}',
    minEntropy: 3.0,
    positive: [`CROWDIN_PERSONAL_TOKEN=«${fake(HEX, 80, 'crowdin')}»`, `"crowdin_api_token": "«${fake(HEX, 80, 'crowdin2')}»"`],
    negative: [`CROWDIN_PROJECT_ID=${fake(alphabet('0-9'), 6, 'p')}`, 'CROWDIN_PERSONAL_TOKEN=${{ secrets.CROWDIN_TOKEN }}'],
    guide: {
      grants: 'Acts as the user on Crowdin\'s API v2 within the token\'s scopes: projects, source files, translations, members.',
      revoke: 'Crowdin → Account settings → API → Personal Access Tokens → Delete.',
      url: 'https://crowdin.com/settings#api-key',
    },
  }),


  // --- Maps -----------------------------------------------------------------------------------
  prefixed({
    id: 'mapbox.secret-token',
    title: 'Mapbox secret access token',
    keywords: ['sk.eyJ'],
    // `sk.` + Base64url JSON payload + `.` + ~22 chars; the `pk.eyJ` public token is not flagged.
    pattern: new RegExp(`${LEFT}(?<secret>sk\\.eyJ[A-Za-z0-9_-]{10,400}\\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])`),
    positive: [
      `MAPBOX_SECRET_TOKEN=«sk.${toBase64Url(JSON.stringify({ u: 'ferro', a: fake(LOWER_DIGITS, 25, 'mbx-a') }))}.${fake(B64URL, 22, 'mbx')}»`,
      `export MAPBOX_DOWNLOADS_TOKEN="«sk.${toBase64Url(JSON.stringify({ u: 'acme-maps', a: fake(LOWER_DIGITS, 25, 'mbx-b') }))}.${fake(B64URL, 22, 'mbx2')}»"`,
    ],
    negative: [
      `mapboxgl.accessToken = "pk.${toBase64Url(JSON.stringify({ u: 'ferro', a: fake(LOWER_DIGITS, 25, 'mbx-p') }))}.${fake(B64URL, 22, 'mbxp')}";`,
      'MAPBOX_SECRET_TOKEN=sk.eyJ1Ijoi<your-user>',
    ],
    guide: {
      grants: 'Uses the account\'s secret scopes: upload and delete tilesets, styles and datasets, list and create tokens, download SDKs, read statistics; usage is billed to the account.',
      revoke: 'account.mapbox.com/access-tokens → the token → Delete (create a replacement with only the scopes needed).',
      url: 'https://account.mapbox.com/access-tokens',
    },
  }),
];

/** Exported for misc.ts. */
export { isCodeReference, isSingleCharClass };
