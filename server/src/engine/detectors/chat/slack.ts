/**
 * Slack tokens, webhooks and app secrets. Token prefixes and lifetimes: docs.slack.dev
 * "Tokens" and "Using token rotation"; CREDENTIAL-FORMATS.md §3 (slack.* rows).
 */
import { B62, HEX, contextual, defineDetector, phrase, token, type Detector } from '../kit/index.js';

const appsUrl = 'https://api.slack.com/apps';
const store =
  "Keep Slack tokens in the deployment's secret store (environment injected at run time, a vault, CI secrets) and load them with `process.env` / `os.environ`; never commit them.";
const revokeToken =
  'Call `auth.revoke` with the token, or api.slack.com/apps → your app → OAuth & Permissions → Revoke tokens (reinstalling the app issues new ones). Slack also revokes tokens it finds in public repositories.';

/** Prefixed tokens end at a character outside their alphabet (a dash would mean a longer token). */
const SLACK_TOKEN_BOUNDARIES = { left: 'A-Za-z0-9_-', right: 'A-Za-z0-9-' } as const;

export const detectors: readonly Detector[] = [
  token({
    id: 'slack.bot-token',
    title: 'Slack bot token',
    keywords: ['xoxb-'],
    // Current: xoxb-<team 10–13 digits>-<bot user 10–13 digits>-<24 b62>; legacy: one numeric segment, 18–26 chars.
    body: 'xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34}',
    ...SLACK_TOKEN_BOUNDARIES,
    guide: {
      grants:
        "Acts as the app's bot user with every scope the app was granted: read and post messages in the channels it is in, list users and files, and whatever else the scopes allow.",
      revoke: revokeToken,
      url: appsUrl,
      store,
    },
  }),
  token({
    id: 'slack.user-token',
    title: 'Slack user token',
    keywords: ['xoxp-'],
    // xoxp-<team>-<user>-<installation>-<32 chars> (tokens issued since 2016 carry a 32-char tail).
    body: 'xoxp-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[A-Za-z0-9]{24,64}',
    ...SLACK_TOKEN_BOUNDARIES,
    guide: {
      grants:
        'Acts as the Slack user who installed the app: reads their DMs and private channels, posts as them, within the granted user scopes.',
      revoke: revokeToken,
      url: appsUrl,
      store,
    },
  }),
  token({
    id: 'slack.app-token',
    title: 'Slack app-level token',
    keywords: ['xapp-'],
    // xapp-<version digit>-<app id A…>-<digits>-<64 hex>.
    body: 'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}',
    ...SLACK_TOKEN_BOUNDARIES,
    guide: {
      grants:
        'Opens Socket Mode connections and calls app-level APIs (e.g. `apps.connections.open`, event authorisations) for the app, receiving its events.',
      revoke: 'api.slack.com/apps → your app → Basic Information → App-Level Tokens → revoke the token and generate a new one.',
      url: appsUrl,
      store,
    },
  }),
  token({
    id: 'slack.config-token',
    title: 'Slack app configuration access token',
    keywords: ['xoxe.xox'],
    // xoxe.xoxp-1-<~160–170 upper-case alphanumerics>; a minimum length, as Slack may lengthen it.
    body: 'xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{120,220}',
    ...SLACK_TOKEN_BOUNDARIES,
    guide: {
      grants: 'Creates, updates and deletes Slack apps (manifests) in the workspace through the App Manifest APIs; valid for 12 hours.',
      revoke: 'api.slack.com/apps → "Your App Configuration Tokens" → Revoke; rotate the refresh token too (`tooling.tokens.rotate`).',
      url: appsUrl,
      store,
    },
  }),
  token({
    id: 'slack.refresh-token',
    title: 'Slack refresh token',
    keywords: ['xoxe-'],
    // xoxe-1-<~140–150 upper-case alphanumerics> (token rotation and configuration refresh tokens).
    body: 'xoxe-[0-9]-[A-Za-z0-9]{100,220}',
    ...SLACK_TOKEN_BOUNDARIES,
    guide: {
      grants: 'Mints new short-lived access (or configuration) tokens for the app installation until it is used or revoked.',
      revoke:
        'Revoke the app installation (`apps.uninstall`, or remove the app in workspace settings) or call `auth.revoke` with the current access token; Slack invalidates the refresh token with it.',
      url: 'https://docs.slack.dev/authentication/using-token-rotation',
      store,
    },
  }),
  token({
    id: 'slack.legacy-token',
    title: 'Slack legacy or workspace-app token',
    keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
    // xoxa- / xoxr- (workspace apps), xoxo- / xoxs- (legacy test tokens): numeric segments then a tail.
    body: 'xox[aors]-(?:[0-9]{1,14}-){1,4}[A-Za-z0-9]{10,64}',
    ...SLACK_TOKEN_BOUNDARIES,
    guide: {
      grants:
        'Legacy test tokens act as the user who created them with full access to their workspace; workspace-app tokens act as the app.',
      revoke: 'Legacy tokens: api.slack.com/legacy/custom-integrations/legacy-tokens → Revoke; any token: call `auth.revoke` with it.',
      url: 'https://api.slack.com/legacy/custom-integrations/legacy-tokens',
      store,
    },
  }),
  token({
    id: 'slack.session-token',
    title: 'Slack browser session token',
    keywords: ['xoxc-'],
    // Web-client session token; with the `d` cookie (xoxd-) it acts as the signed-in user.
    body: 'xoxc-(?:[0-9]{6,14}-){3}[A-Za-z0-9]{24,64}',
    ...SLACK_TOKEN_BOUNDARIES,
    guide: {
      grants:
        'Together with the `d` session cookie, acts as the signed-in user in the Slack web client: reads and posts everything the user can.',
      revoke:
        'In Slack: profile → Preferences/Account → "Sign out all other sessions" (or an admin resets the user\'s sessions); change the password if the cookie leaked too.',
      url: 'https://slack.com/help/articles/214613347-Sign-out-of-Slack',
      store,
    },
  }),
  defineDetector({
    id: 'slack.session-cookie',
    title: 'Slack session cookie (d=xoxd-…)',
    keywords: ['xoxd-'],
    // The `d` cookie: xoxd- then URL-encoded base64.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xoxd-[A-Za-z0-9%/+=_-]{40,400})(?![A-Za-z0-9%/+=_-])/,
    guide: {
      grants: 'The Slack web session cookie: with a session token (xoxc-) it acts as the signed-in user.',
      revoke:
        "Sign out of all sessions in Slack (profile → Preferences → Sign out all other sessions) or have an admin reset the user's sessions.",
      url: 'https://slack.com/help/articles/214613347-Sign-out-of-Slack',
      store,
    },
  }),
  defineDetector({
    id: 'slack.webhook-url',
    title: 'Slack incoming webhook URL',
    keywords: ['hooks.slack'],
    // https://hooks.slack.com/services/T<team>/B<integration>/<24 b62>: the whole URL is the credential.
    pattern:
      /(?<secret>https:\/\/hooks\.slack(?:-gov)?\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,25})(?![A-Za-z0-9])/,
    guide: {
      grants:
        'Anyone with the URL can post messages (with links and formatting) into the channel the webhook is bound to, e.g. for phishing.',
      revoke:
        "api.slack.com/apps → your app → Incoming Webhooks → remove the webhook (or the app's authorisation for that channel) and create a new one. Slack disables webhooks it finds public.",
      url: appsUrl,
      store,
    },
  }),
  defineDetector({
    id: 'slack.workflow-webhook-url',
    title: 'Slack workflow webhook URL',
    keywords: ['hooks.slack'],
    // Workflow Builder webhooks: /workflows/T…/A…/<id>/<secret>, and /triggers/T…/<id>/<secret>.
    pattern:
      /(?<secret>https:\/\/hooks\.slack(?:-gov)?\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?[0-9]{8,20}\/[A-Za-z0-9]{20,64})(?![A-Za-z0-9])/,
    guide: {
      grants: "Anyone with the URL can start the workflow with arbitrary input, posting messages or running the workflow's steps.",
      revoke: 'In Slack: Workflow Builder → the workflow → edit the webhook/link trigger → delete it and create a new one.',
      url: 'https://slack.com/help/articles/360041352714-Create-workflows-that-start-with-a-webhook',
      store,
    },
  }),
  contextual({
    id: 'slack.signing-secret',
    title: 'Slack signing secret',
    keywords: ['slack'],
    providers: [phrase('slack')],
    kinds: ['signing secret', 'signing key'],
    value: `[${HEX.re}]{32}`,
    minEntropy: 3,
    guide: {
      grants: 'Lets anyone forge requests that your app accepts as coming from Slack (slash commands, interactivity, events).',
      revoke:
        'api.slack.com/apps → your app → Basic Information → App Credentials → Signing Secret → Regenerate, then update the deployment.',
      url: appsUrl,
      store,
    },
  }),
  contextual({
    id: 'slack.client-secret',
    title: 'Slack app client secret',
    keywords: ['slack'],
    providers: [phrase('slack')],
    kinds: ['client secret', 'app secret', 'oauth secret'],
    value: `[${HEX.re}]{32}`,
    minEntropy: 3,
    guide: {
      grants:
        'Lets anyone complete OAuth installs as your app and exchange authorisation codes for tokens of the workspaces that install it.',
      revoke: 'api.slack.com/apps → your app → Basic Information → App Credentials → Client Secret → Regenerate.',
      url: appsUrl,
      store,
    },
  }),
  contextual({
    id: 'slack.verification-token',
    title: 'Slack verification token (deprecated)',
    keywords: ['slack'],
    providers: [phrase('slack')],
    kinds: ['verification token', 'verify token'],
    value: `[${B62.re}]{24}`,
    minEntropy: 3.5,
    guide: {
      grants: 'Apps that still check it accept any request carrying it as coming from Slack (forged slash commands and events).',
      revoke:
        'api.slack.com/apps → your app → Basic Information → App Credentials → Verification Token → Regenerate; move to signing secrets.',
      url: appsUrl,
      store,
    },
  }),
];
