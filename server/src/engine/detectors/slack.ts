/**
 * Slack tokens, webhooks and app secrets. Token prefixes and lifetimes: docs.slack.dev
 * "Tokens" and "Using token rotation"; CREDENTIAL-FORMATS.md §3 (slack.* rows).
 */
import { fake } from '../fake.js';
import { B62, HEX, UPPER_DIGITS, alphabet, assignment } from '../patterns.js';
import type { Detector } from '../types.js';
import { phrase as w } from '../patterns.js';

const DIGITS = alphabet('0-9');
const LOWER_HEX = HEX;

/** A variable name holding the provider and then the kind of secret: `SLACK_SIGNING_SECRET`, `slackClientSecret`. */
function ctxName(provider: string, kinds: readonly string[]): string {
  return `${w(provider)}[A-Za-z0-9_.-]{0,20}(?:${kinds.map(w).join('|')})`;
}

/** Slack IDs (team `T…`, bot `B…`, app `A…`): a letter then upper-case alphanumerics. */
function slackId(letter: string, salt: string): string {
  return `${letter}${fake(UPPER_DIGITS, 10, salt)}`;
}

const num = (length: number, salt: string) => `${1 + (Number.parseInt(fake(DIGITS, 1, salt), 10) % 9)}${fake(DIGITS, length - 1, salt)}`;

const appsUrl = 'https://api.slack.com/apps';
const store = 'Keep Slack tokens in the deployment\'s secret store (environment injected at run time, a vault, CI secrets) and load them with `process.env` / `os.environ`; never commit them.';
const revokeToken = 'Call `auth.revoke` with the token, or api.slack.com/apps → your app → OAuth & Permissions → Revoke tokens (reinstalling the app issues new ones). Slack also revokes tokens it finds in public repositories.';

/** Prefixed tokens end at a character outside their alphabet (a dash would mean a longer token). */
function slackToken(body: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_-])(?<secret>${body})(?![A-Za-z0-9-])`);
}

export const detectors: Detector[] = [
  {
    id: 'slack.bot-token',
    title: 'Slack bot token',
    kind: 'specific',
    keywords: ['xoxb-'],
    keywordScope: 'line',
    // Current: xoxb-<team 10–13 digits>-<bot user 10–13 digits>-<24 b62>; legacy: one numeric segment, 18–26 chars.
    pattern: slackToken('xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34}'),
    examples: {
      positive: [
        `SLACK_BOT_TOKEN=«xoxb-${num(12, 'bt1')}-${num(13, 'bt2')}-${fake(B62, 24, 'bt3')}»`,
        `const web = new WebClient('«xoxb-${num(11, 'bt4')}-${num(12, 'bt5')}-${fake(B62, 24, 'bt6')}»');`,
        `curl -H "Authorization: Bearer «xoxb-${num(10, 'bt7')}-${fake(B62, 24, 'bt8')}»" https://slack.com/api/chat.postMessage`,
      ],
      negative: [
        'token = "xoxb-not-a-real-token-this-will-not-work"',
        'SLACK_BOT_TOKEN=xoxb-your-bot-token',
        `SLACK_BOT_TOKEN=xoxb-${num(12, 'bt9')}-${num(13, 'bt10')}-xxxxxxxxxxxxxxxxxxxxxxxx`,
        'Bot tokens start with xoxb- followed by the team id.',
      ],
    },
    guide: {
      grants: 'Acts as the app\'s bot user with every scope the app was granted: read and post messages in the channels it is in, list users and files, and whatever else the scopes allow.',
      revoke: revokeToken,
      url: appsUrl,
      store,
    },
  },
  {
    id: 'slack.user-token',
    title: 'Slack user token',
    kind: 'specific',
    keywords: ['xoxp-'],
    keywordScope: 'line',
    // xoxp-<team>-<user>-<installation>-<32 chars> (tokens issued since 2016 carry a 32-char tail).
    pattern: slackToken('xoxp-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[A-Za-z0-9]{24,64}'),
    examples: {
      positive: [
        `SLACK_USER_TOKEN=«xoxp-${num(12, 'ut1')}-${num(12, 'ut2')}-${num(13, 'ut3')}-${fake(LOWER_HEX, 32, 'ut4')}»`,
        `{"slack": {"token": "«xoxp-${num(11, 'ut5')}-${num(11, 'ut6')}-${num(12, 'ut7')}-${fake(LOWER_HEX, 32, 'ut8')}»"}}`,
      ],
      // The first is Slack's own documentation sample.
      negative: ['token=xoxp-12345-67890-1928471-abcdefg', 'SLACK_USER_TOKEN=xoxp-<your-token>'],
    },
    guide: {
      grants: 'Acts as the Slack user who installed the app: reads their DMs and private channels, posts as them, within the granted user scopes.',
      revoke: revokeToken,
      url: appsUrl,
      store,
    },
  },
  {
    id: 'slack.app-token',
    title: 'Slack app-level token',
    kind: 'specific',
    keywords: ['xapp-'],
    keywordScope: 'line',
    // xapp-<version digit>-<app id A…>-<digits>-<64 hex>.
    pattern: slackToken('xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}'),
    examples: {
      positive: [
        `SLACK_APP_TOKEN=«xapp-1-${slackId('A', 'at1')}-${num(13, 'at2')}-${fake(LOWER_HEX, 64, 'at3')}»`,
        `app = App(token=bot_token, app_token="«xapp-1-${slackId('A', 'at4')}-${num(13, 'at5')}-${fake(LOWER_HEX, 64, 'at6')}»")`,
      ],
      negative: ['SLACK_APP_TOKEN=xapp-1-A0000000000-0000000000000-...', 'SLACK_APP_TOKEN=${SLACK_APP_TOKEN}'],
    },
    guide: {
      grants: 'Opens Socket Mode connections and calls app-level APIs (e.g. `apps.connections.open`, event authorisations) for the app, receiving its events.',
      revoke: 'api.slack.com/apps → your app → Basic Information → App-Level Tokens → revoke the token and generate a new one.',
      url: appsUrl,
      store,
    },
  },
  {
    id: 'slack.config-token',
    title: 'Slack app configuration access token',
    kind: 'specific',
    keywords: ['xoxe.xox'],
    keywordScope: 'line',
    // xoxe.xoxp-1-<~160–170 upper-case alphanumerics>; a minimum length, as Slack may lengthen it.
    pattern: slackToken('xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{120,220}'),
    examples: {
      positive: [`SLACK_CONFIG_TOKEN=«xoxe.xoxp-1-${fake(UPPER_DIGITS, 166, 'ct1')}»`, `token: "«xoxe.xoxb-1-${fake(UPPER_DIGITS, 163, 'ct2')}»"`],
      negative: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...', `token: xoxe.xoxp-1-${fake(UPPER_DIGITS, 40, 'ct3')}`],
    },
    guide: {
      grants: 'Creates, updates and deletes Slack apps (manifests) in the workspace through the App Manifest APIs; valid for 12 hours.',
      revoke: 'api.slack.com/apps → "Your App Configuration Tokens" → Revoke; rotate the refresh token too (`tooling.tokens.rotate`).',
      url: appsUrl,
      store,
    },
  },
  {
    id: 'slack.refresh-token',
    title: 'Slack refresh token',
    kind: 'specific',
    keywords: ['xoxe-'],
    keywordScope: 'line',
    // xoxe-1-<~140–150 upper-case alphanumerics> (token rotation and configuration refresh tokens).
    pattern: slackToken('xoxe-[0-9]-[A-Za-z0-9]{100,220}'),
    examples: {
      positive: [`SLACK_REFRESH_TOKEN=«xoxe-1-${fake(UPPER_DIGITS, 146, 'rt1')}»`, `{"refresh_token": "«xoxe-1-${fake(UPPER_DIGITS, 148, 'rt2')}»"}`],
      // Slack documentation sample.
      negative: ['refresh_token=xoxe-1-abcdefg', 'SLACK_REFRESH_TOKEN=xoxe-1-<refresh-token>'],
    },
    guide: {
      grants: 'Mints new short-lived access (or configuration) tokens for the app installation until it is used or revoked.',
      revoke: 'Revoke the app installation (`apps.uninstall`, or remove the app in workspace settings) or call `auth.revoke` with the current access token; Slack invalidates the refresh token with it.',
      url: 'https://docs.slack.dev/authentication/using-token-rotation',
      store,
    },
  },
  {
    id: 'slack.legacy-token',
    title: 'Slack legacy or workspace-app token',
    kind: 'specific',
    keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
    keywordScope: 'line',
    // xoxa- / xoxr- (workspace apps), xoxo- / xoxs- (legacy test tokens): numeric segments then a tail.
    pattern: slackToken('xox[aors]-(?:[0-9]{1,14}-){1,4}[A-Za-z0-9]{10,64}'),
    examples: {
      positive: [
        `SLACK_TOKEN=«xoxs-${num(11, 'lt1')}-${num(11, 'lt2')}-${num(12, 'lt3')}-${fake(LOWER_HEX, 64, 'lt4')}»`,
        `token: «xoxa-2-${num(12, 'lt5')}-${num(12, 'lt6')}-${num(12, 'lt7')}-${fake(LOWER_HEX, 32, 'lt8')}»`,
      ],
      negative: ['SLACK_TOKEN=xoxs-token-goes-here', 'legacy tokens began with xoxs- or xoxo-'],
    },
    guide: {
      grants: 'Legacy test tokens act as the user who created them with full access to their workspace; workspace-app tokens act as the app.',
      revoke: 'Legacy tokens: api.slack.com/legacy/custom-integrations/legacy-tokens → Revoke; any token: call `auth.revoke` with it.',
      url: 'https://api.slack.com/legacy/custom-integrations/legacy-tokens',
      store,
    },
  },
  {
    id: 'slack.session-token',
    title: 'Slack browser session token',
    kind: 'specific',
    keywords: ['xoxc-'],
    keywordScope: 'line',
    // Web-client session token; with the `d` cookie (xoxd-) it acts as the signed-in user.
    pattern: slackToken('xoxc-(?:[0-9]{6,14}-){3}[A-Za-z0-9]{24,64}'),
    examples: {
      positive: [`SLACK_XOXC=«xoxc-${num(12, 'st1')}-${num(12, 'st2')}-${num(13, 'st3')}-${fake(LOWER_HEX, 64, 'st4')}»`],
      negative: ['SLACK_XOXC=xoxc-...', 'copy the xoxc- token from the browser'],
    },
    guide: {
      grants: 'Together with the `d` session cookie, acts as the signed-in user in the Slack web client: reads and posts everything the user can.',
      revoke: 'In Slack: profile → Preferences/Account → "Sign out all other sessions" (or an admin resets the user\'s sessions); change the password if the cookie leaked too.',
      url: 'https://slack.com/help/articles/214613347-Sign-out-of-Slack',
      store,
    },
  },
  {
    id: 'slack.session-cookie',
    title: 'Slack session cookie (d=xoxd-…)',
    kind: 'specific',
    keywords: ['xoxd-'],
    keywordScope: 'line',
    // The `d` cookie: xoxd- then URL-encoded base64.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xoxd-[A-Za-z0-9%/+=_-]{40,400})(?![A-Za-z0-9%/+=_-])/,
    examples: {
      positive: [`SLACK_D_COOKIE=«xoxd-${fake(B62, 40, 'sc1')}%2F${fake(B62, 60, 'sc2')}%3D»`, `Cookie: d=«xoxd-${fake(B62, 110, 'sc3')}»; d-s=1700000000`],
      negative: ['Cookie: d=xoxd-...', 'the d cookie starts with xoxd-'],
    },
    guide: {
      grants: 'The Slack web session cookie: with a session token (xoxc-) it acts as the signed-in user.',
      revoke: 'Sign out of all sessions in Slack (profile → Preferences → Sign out all other sessions) or have an admin reset the user\'s sessions.',
      url: 'https://slack.com/help/articles/214613347-Sign-out-of-Slack',
      store,
    },
  },
  {
    id: 'slack.webhook-url',
    title: 'Slack incoming webhook URL',
    kind: 'specific',
    keywords: ['hooks.slack'],
    keywordScope: 'line',
    // https://hooks.slack.com/services/T<team>/B<integration>/<24 b62>: the whole URL is the credential.
    pattern: /(?<secret>https:\/\/hooks\.slack(?:-gov)?\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,25})(?![A-Za-z0-9])/,
    examples: {
      positive: [
        `SLACK_WEBHOOK_URL=«https://hooks.slack.com/services/${slackId('T', 'wh1')}/${slackId('B', 'wh2')}/${fake(B62, 24, 'wh3')}»`,
        `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' «https://hooks.slack.com/services/${slackId('T', 'wh4')}/${slackId('B', 'wh5')}/${fake(B62, 24, 'wh6')}»`,
      ],
      negative: [
        // Slack's documentation placeholder.
        'webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/...',
      ],
    },
    guide: {
      grants: 'Anyone with the URL can post messages (with links and formatting) into the channel the webhook is bound to, e.g. for phishing.',
      revoke: 'api.slack.com/apps → your app → Incoming Webhooks → remove the webhook (or the app\'s authorisation for that channel) and create a new one. Slack disables webhooks it finds public.',
      url: appsUrl,
      store,
    },
  },
  {
    id: 'slack.workflow-webhook-url',
    title: 'Slack workflow webhook URL',
    kind: 'specific',
    keywords: ['hooks.slack'],
    keywordScope: 'line',
    // Workflow Builder webhooks: /workflows/T…/A…/<id>/<secret>, and /triggers/T…/<id>/<secret>.
    pattern: /(?<secret>https:\/\/hooks\.slack(?:-gov)?\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?[0-9]{8,20}\/[A-Za-z0-9]{20,64})(?![A-Za-z0-9])/,
    examples: {
      positive: [
        `WORKFLOW_URL=«https://hooks.slack.com/workflows/${slackId('T', 'wf1')}/${slackId('A', 'wf2')}/${num(18, 'wf3')}/${fake(B62, 24, 'wf4')}»`,
        `url: "«https://hooks.slack.com/triggers/${slackId('T', 'wf5')}/${num(13, 'wf6')}/${fake(LOWER_HEX, 32, 'wf7')}»"`,
      ],
      negative: ['url: https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.slack.com/triggers/...'],
    },
    guide: {
      grants: 'Anyone with the URL can start the workflow with arbitrary input, posting messages or running the workflow\'s steps.',
      revoke: 'In Slack: Workflow Builder → the workflow → edit the webhook/link trigger → delete it and create a new one.',
      url: 'https://slack.com/help/articles/360041352714-Create-workflows-that-start-with-a-webhook',
      store,
    },
  },
  {
    id: 'slack.signing-secret',
    title: 'Slack signing secret',
    kind: 'specific',
    keywords: ['slack'],
    keywordScope: 'line',
    pattern: assignment(ctxName('slack', ['signing secret', 'signing key']), `[${HEX.re}]{32}`),
    minEntropy: 3,
    examples: {
      positive: [`SLACK_SIGNING_SECRET=«${fake(HEX, 32, 'ss1')}»`, `  slackSigningSecret: '«${fake(HEX, 32, 'ss2')}»',`],
      negative: ['SLACK_SIGNING_SECRET=${SLACK_SIGNING_SECRET}', `SLACK_APP_ID=${slackId('A', 'ss3')}`, `slack_commit = "${fake(HEX, 40, 'ss4')}"`],
    },
    guide: {
      grants: 'Lets anyone forge requests that your app accepts as coming from Slack (slash commands, interactivity, events).',
      revoke: 'api.slack.com/apps → your app → Basic Information → App Credentials → Signing Secret → Regenerate, then update the deployment.',
      url: appsUrl,
      store,
    },
  },
  {
    id: 'slack.client-secret',
    title: 'Slack app client secret',
    kind: 'specific',
    keywords: ['slack'],
    keywordScope: 'line',
    pattern: assignment(ctxName('slack', ['client secret', 'app secret', 'oauth secret']), `[${HEX.re}]{32}`),
    minEntropy: 3,
    examples: {
      positive: [`SLACK_CLIENT_SECRET=«${fake(HEX, 32, 'cs1')}»`, `{"slack_client_secret": "«${fake(HEX, 32, 'cs2')}»"}`],
      negative: [`SLACK_CLIENT_ID=${num(12, 'cs3')}.${num(13, 'cs4')}`, 'SLACK_CLIENT_SECRET=<client-secret>'],
    },
    guide: {
      grants: 'Lets anyone complete OAuth installs as your app and exchange authorisation codes for tokens of the workspaces that install it.',
      revoke: 'api.slack.com/apps → your app → Basic Information → App Credentials → Client Secret → Regenerate.',
      url: appsUrl,
      store,
    },
  },
  {
    id: 'slack.verification-token',
    title: 'Slack verification token (deprecated)',
    kind: 'specific',
    keywords: ['slack'],
    keywordScope: 'line',
    pattern: assignment(ctxName('slack', ['verification token', 'verify token']), `[${B62.re}]{24}`),
    minEntropy: 3.5,
    examples: {
      positive: [`SLACK_VERIFICATION_TOKEN=«${fake(B62, 24, 'vt1')}»`],
      negative: ['SLACK_VERIFICATION_TOKEN=your-verification-token', `SLACK_VERIFICATION_TOKEN=${fake(B62, 12, 'vt2')}`],
    },
    guide: {
      grants: 'Apps that still check it accept any request carrying it as coming from Slack (forged slash commands and events).',
      revoke: 'api.slack.com/apps → your app → Basic Information → App Credentials → Verification Token → Regenerate; move to signing secrets.',
      url: appsUrl,
      store,
    },
  },
];
