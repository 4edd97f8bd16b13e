/**
 * Chat, SMS, push and customer-messaging services (everything in CREDENTIAL-FORMATS.md §3 that is
 * neither Slack nor e-mail): Discord, Telegram, Microsoft Teams, Twilio, Vonage, Pusher, Ably, …
 * Shapes, context words and revoke paths come from the §3 rows; un-prefixed secrets are only
 * reported when the provider's name is part of the variable name.
 */
import { fake, toBase64, toBase64Url } from '../fake.js';
import { B62, B64URL, HEX, LOWER_DIGITS, UPPER_DIGITS, alphabet, assignment, ci } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { fakeUuid } from '../fake.js';
import { UUID, phrase as w, phraseAfterNonLetter as word } from '../patterns.js';

const DIGITS = alphabet('0-9');

/** A variable name holding a provider fragment and then one of the kinds: `TWILIO_AUTH_TOKEN`, `pusherAppSecret`. */
function ctxName(providers: readonly string[], kinds: readonly string[]): string {
  return `(?:${providers.join('|')})[A-Za-z0-9_.-]{0,20}(?:${kinds.map(w).join('|')})`;
}

const num = (length: number, salt: string) => `${1 + (Number.parseInt(fake(DIGITS, 1, salt), 10) % 9)}${fake(DIGITS, length - 1, salt)}`;

/** A value separated from the previous one by `:` (basic auth, URL user-info) or `", "` (positional call arguments). */
const PAIR_SEPARATOR = '(?::|["\'`]\\s{0,3},\\s{0,3}["\'`])';

const store = 'Keep it in the deployment\'s secret store (environment injected at run time, a vault, CI secrets) and read it from the environment; never commit it.';

// --- Discord -------------------------------------------------------------------------------

/** The first segment of a Discord bot token is the base64 of the bot's numeric (snowflake) ID. */
const hasNoSnowflakeId: PostValidator = ({ value }) => {
  const first = value.slice(0, value.indexOf('.'));
  const decoded = Buffer.from(first.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /^[0-9]{17,20}$/.test(decoded) ? undefined : 'first segment is not a base64 snowflake id';
};

function fakeDiscordToken(salt: string): string {
  return `${toBase64Url(num(19, `${salt}id`))}.${fake(B64URL, 6, `${salt}ts`)}.${fake(B64URL, 38, `${salt}mac`)}`;
}

// --- Telegram ------------------------------------------------------------------------------

/** Telegram Bot API documentation samples (CREDENTIAL-FORMATS.md, known documentation values). */
const TELEGRAM_DOC_SAMPLES = new Set(['110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw', '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11']);
const isTelegramDocSample: PostValidator = ({ value }) => (TELEGRAM_DOC_SAMPLES.has(value) ? 'documented example value' : undefined);

/** A Mattermost or similar id in a URL path must look random, not `aaaa…` or a word. */
const hasLowEntropyHookId: PostValidator = ({ value }) => {
  const id = value.slice(value.lastIndexOf('/') + 1);
  return /[0-9]/.test(id) && /[a-z]/.test(id) ? undefined : 'hook id is not random';
};

export const detectors: Detector[] = [
  // --- Discord -----------------------------------------------------------------------------
  {
    id: 'discord.bot-token',
    title: 'Discord bot token',
    kind: 'specific',
    keywords: ['discord', 'bot_token', 'bottoken'],
    // base64(bot id) . 6-char timestamp . 27–38-char HMAC; the first segment is checked to decode to digits.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])/,
    post: [hasNoSnowflakeId],
    examples: {
      positive: [
        `DISCORD_TOKEN=«${fakeDiscordToken('d1')}»`,
        `import discord\nclient = discord.Client(intents=intents)\nclient.run("«${fakeDiscordToken('d2')}»")`,
        `curl -H "Authorization: Bot «${fakeDiscordToken('d3')}»" https://discord.com/api/v10/users/@me`,
      ],
      negative: [
        // Right shape, but the first segment is not a base64 snowflake id.
        `DISCORD_TOKEN=${fake(B64URL, 24, 'd4').replace(/^./, 'M')}.${fake(B64URL, 6, 'd5')}.${fake(B64URL, 38, 'd6')}`,
        'DISCORD_TOKEN=your-bot-token-here',
        'DISCORD_TOKEN=MTAxMDEwMTAxMDEwMTAxMDEw.XXXXXX.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
    guide: {
      grants: 'Logs in as the bot: reads and sends messages, manages members and channels in every server the bot is in, within its permissions.',
      revoke: 'discord.com/developers/applications → your application → Bot → Reset Token. Discord also resets tokens it finds in public GitHub repositories.',
      url: 'https://discord.com/developers/applications',
      store,
    },
  },
  {
    id: 'discord.webhook-url',
    title: 'Discord webhook URL',
    kind: 'specific',
    keywords: ['discord'],
    keywordScope: 'line',
    // https://discord.com/api/webhooks/<17–20 digit id>/<68-char token>; also discordapp.com, canary./ptb.
    pattern: /(?<secret>https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,72})(?![A-Za-z0-9_-])/,
    examples: {
      positive: [
        `DISCORD_WEBHOOK=«https://discord.com/api/webhooks/${num(19, 'dw1')}/${fake(B64URL, 68, 'dw2')}»`,
        `requests.post("«https://discordapp.com/api/webhooks/${num(18, 'dw3')}/${fake(B64URL, 68, 'dw4')}»", json=payload)`,
      ],
      negative: ['DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>', `https://discord.com/api/webhooks/${num(19, 'dw5')}/${fake(B64URL, 20, 'dw6')}`],
    },
    guide: {
      grants: 'Anyone with the URL can post messages (any name and avatar) into the channel, e.g. phishing links, and can delete the webhook.',
      revoke: 'Discord → Server Settings → Integrations → Webhooks → delete the webhook (or `DELETE` the webhook URL) and create a new one.',
      url: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks',
      store,
    },
  },
  {
    id: 'discord.client-secret',
    title: 'Discord OAuth2 client secret',
    kind: 'specific',
    keywords: ['discord'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('discord')], ['client secret', 'oauth secret', 'oauth2 secret', 'app secret']), `[${B64URL.re}]{32}`),
    minEntropy: 3.5,
    examples: {
      positive: [`DISCORD_CLIENT_SECRET=«${fake(B64URL, 32, 'dc1')}»`, `discord:\n  discord_client_secret: "«${fake(B64URL, 32, 'dc2')}»"`],
      negative: [`DISCORD_CLIENT_ID=${num(19, 'dc3')}`, 'DISCORD_CLIENT_SECRET=${DISCORD_CLIENT_SECRET}'],
    },
    guide: {
      grants: 'Lets anyone run the OAuth2 flow as your Discord application and exchange codes for users\' access tokens.',
      revoke: 'discord.com/developers/applications → your application → OAuth2 → Reset Secret.',
      url: 'https://discord.com/developers/applications',
      store,
    },
  },

  // --- Telegram ----------------------------------------------------------------------------
  {
    id: 'telegram.bot-token',
    title: 'Telegram bot token',
    kind: 'specific',
    keywords: ['telegram', 'bot_token', 'bottoken', 'tg_bot', 'tgbot'],
    // <bot id, 8–10 digits>:<35 b64url chars>; also inside https://api.telegram.org/bot<token>/method.
    pattern: /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))(?<secret>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    post: [isTelegramDocSample],
    minEntropy: 3.5,
    examples: {
      positive: [
        `TELEGRAM_BOT_TOKEN=«${num(10, 'tg1')}:AA${fake(B64URL, 33, 'tg2')}»`,
        `requests.get(f"https://api.telegram.org/bot«${num(9, 'tg3')}:AA${fake(B64URL, 33, 'tg4')}»/sendMessage", params=p)`,
        `bot:\n  token: "«${num(10, 'tg5')}:AA${fake(B64URL, 33, 'tg6')}»"  # telegram`,
      ],
      negative: [
        // Telegram's documentation samples.
        'telegram: 110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
        'TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
        'TELEGRAM_BOT_TOKEN=<bot-id>:<token>',
      ],
    },
    guide: {
      grants: 'Controls the bot: reads every message sent to it and the groups it is in, sends messages as it, changes its settings and webhook.',
      revoke: 'In Telegram, talk to @BotFather → /mybots → your bot → API Token → Revoke current token (or send /revoke).',
      url: 'https://core.telegram.org/bots/features#botfather',
      store,
    },
  },
  {
    id: 'telegram.api-hash',
    title: 'Telegram API hash (MTProto app)',
    kind: 'specific',
    keywords: ['api_hash', 'apihash', 'api-hash'],
    keywordScope: 'line',
    pattern: assignment([`${ci('api')}[_-]?${ci('hash')}`], `[${HEX.re}]{32}`),
    minEntropy: 3,
    companions: [{ name: 'api_id', pattern: /[Aa][Pp][Ii][_-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[0-9]{5,10})\b/, withinLines: 4 }],
    examples: {
      positive: [`API_ID=${num(8, 'th1')}\nAPI_HASH=«${fake(HEX, 32, 'th2')}»`, `client = TelegramClient('anon', api_id=${num(8, 'th3')}, api_hash='«${fake(HEX, 32, 'th4')}»')`],
      negative: ['API_HASH=your_api_hash', `api_hash = "${'0'.repeat(32)}"`],
    },
    guide: {
      grants: 'Identifies your Telegram API application: with it anyone can log users into Telegram as your app (Telethon/Pyrogram clients) and get it rate-limited or banned.',
      revoke: 'API hashes cannot be rotated: delete the application at my.telegram.org → API development tools and create a new one.',
      url: 'https://my.telegram.org/apps',
      store,
    },
  },

  // --- Microsoft Teams ---------------------------------------------------------------------
  {
    id: 'msteams.webhook-url',
    title: 'Microsoft Teams incoming webhook URL',
    kind: 'specific',
    keywords: ['webhook.office.com', 'outlook.office'],
    keywordScope: 'line',
    // https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>[/V2…];
    // legacy hosts outlook.office(365).com/webhook/.
    pattern: new RegExp(
      `(?<secret>https://(?:[a-z0-9-]{1,64}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${UUID}@${UUID}/IncomingWebhook/[0-9a-fA-F]{32}/${UUID}(?:/V2[A-Za-z0-9_-]{20,120})?)(?![A-Za-z0-9_-])`,
    ),
    examples: {
      positive: [
        `TEAMS_WEBHOOK_URL=«https://contoso.webhook.office.com/webhookb2/${fakeUuid('t1')}@${fakeUuid('t2')}/IncomingWebhook/${fake(HEX, 32, 't3')}/${fakeUuid('t4')}/V2${fake(B64URL, 43, 't5')}»`,
        `webhook: "«https://outlook.office.com/webhook/${fakeUuid('t6')}@${fakeUuid('t7')}/IncomingWebhook/${fake(HEX, 32, 't8')}/${fakeUuid('t9')}»"`,
      ],
      negative: ['TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/...', 'webhook: https://outlook.office.com/webhook/<group>@<tenant>/IncomingWebhook/<id>/<owner>'],
    },
    guide: {
      grants: 'Anyone with the URL can post cards and messages into the Teams channel, e.g. convincing phishing that appears to come from a connector.',
      revoke: 'In Teams: the channel → ⋯ → Connectors (or Manage channel → Connectors) → Incoming Webhook → Configured → Remove, then create a new one.',
      url: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
      store,
    },
  },
  {
    id: 'msteams.workflow-webhook-url',
    title: 'Microsoft Teams / Power Automate workflow webhook URL',
    kind: 'specific',
    keywords: ['logic.azure.com', 'powerplatform.com'],
    keywordScope: 'line',
    // Teams "Workflows" webhooks are Power Automate HTTP triggers whose query carries a SAS `sig`:
    // https://prod-NN.<region>.logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?…&sig=…
    // and the newer https://<env>.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/….
    pattern:
      /(?<secret>https:\/\/(?:prod-[0-9]{1,3}\.[a-z0-9]{2,30}\.logic\.azure\.com|[a-z0-9]{1,64}\.[a-z0-9]{1,8}\.environment\.api\.powerplatform\.com)(?::443)?(?:\/powerautomate\/automations\/direct)?\/workflows\/[A-Za-z0-9]{20,40}\/triggers\/[A-Za-z0-9_.-]{1,40}\/paths\/invoke\?[A-Za-z0-9_.%=&;-]{0,200}?sig=[A-Za-z0-9_-]{40,90})(?![A-Za-z0-9_-])/,
    examples: {
      positive: [
        `TEAMS_WORKFLOW_URL=«https://prod-27.westeurope.logic.azure.com:443/workflows/${fake(HEX, 32, 'pa1')}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fake(B64URL, 43, 'pa2')}»`,
        `url: "«https://default${fake(HEX, 30, 'pa3')}.0e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${fake(HEX, 32, 'pa4')}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fake(B64URL, 43, 'pa5')}»"`,
      ],
      negative: [
        `https://prod-27.westeurope.logic.azure.com:443/workflows/${fake(HEX, 32, 'pa6')}/triggers/manual/paths/invoke?api-version=2016-06-01`,
        'TEAMS_WORKFLOW_URL=https://prod-00.westus.logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?sig=<sig>',
      ],
    },
    guide: {
      grants: 'Anyone with the URL can trigger the flow with arbitrary input: post messages into Teams channels and run every other action of the workflow.',
      revoke: 'Power Automate (or Teams → Workflows) → the flow → edit the "When a Teams webhook request is received" trigger → regenerate the URL, or delete and recreate the flow.',
      url: 'https://learn.microsoft.com/en-us/power-automate/teams/teams-webhooks',
      store,
    },
  },

  // --- Twilio ------------------------------------------------------------------------------
  {
    id: 'twilio.auth-token',
    title: 'Twilio auth token',
    kind: 'specific',
    keywords: ['twilio'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('twilio')], ['auth token', 'token', 'auth', 'secret token']), `[${HEX.re}]{32}`),
    minEntropy: 3,
    companions: [{ name: 'account_sid', pattern: /(?<![A-Za-z0-9])(?<value>AC[0-9a-f]{32})(?![A-Za-z0-9])/, withinLines: 5 }],
    examples: {
      positive: [`TWILIO_ACCOUNT_SID=AC${fake(HEX, 32, 'tw1')}\nTWILIO_AUTH_TOKEN=«${fake(HEX, 32, 'tw2')}»`, `twilio:\n  twilio_auth_token: "«${fake(HEX, 32, 'tw3')}»"`],
      negative: [
        // The Account SID is an identifier, not a secret.
        `TWILIO_ACCOUNT_SID=AC${fake(HEX, 32, 'tw4')}`,
        'TWILIO_AUTH_TOKEN=your_auth_token',
        'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
        // Algolia search-only keys are public (same 32-hex shape).
        `ALGOLIA_SEARCH_ONLY_KEY=${fake(HEX, 32, 'tw5')}  # twilio sms fallback disabled`,
      ],
    },
    guide: {
      grants: 'Full access to the Twilio account\'s REST API: send SMS and calls billed to it, read message logs and recordings, buy numbers, manage sub-accounts.',
      revoke: 'Twilio Console → Account → API keys & tokens → Auth tokens → Request a secondary token → Promote it (the old primary stops working). Prefer API keys over the auth token in apps.',
      url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      store,
    },
  },
  {
    id: 'twilio.account-credentials',
    title: 'Twilio account SID and auth token pair',
    kind: 'specific',
    keywords: ['twilio'],
    // ACxxx:token in basic auth / URL user-info, or Client("ACxxx", "token") positional arguments.
    pattern: new RegExp(`(?<![A-Za-z0-9])(?<account_sid>AC[0-9a-f]{32})${PAIR_SEPARATOR}(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])`),
    minEntropy: 3,
    examples: {
      positive: [
        `curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC${fake(HEX, 32, 'ta1')}/Messages.json -u AC${fake(HEX, 32, 'ta1')}:«${fake(HEX, 32, 'ta2')}»`,
        `from twilio.rest import Client\nclient = Client("AC${fake(HEX, 32, 'ta3')}", "«${fake(HEX, 32, 'ta4')}»")`,
      ],
      negative: [`from twilio.rest import Client\nclient = Client("AC${fake(HEX, 32, 'ta5')}", auth_token)`, 'twilio -u ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:your_auth_token'],
    },
    guide: {
      grants: 'Full access to the Twilio account\'s REST API: send SMS and calls billed to it, read message logs and recordings, buy numbers.',
      revoke: 'Twilio Console → Account → API keys & tokens → Auth tokens → Request a secondary token → Promote it (the old primary stops working).',
      url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      store,
    },
  },
  {
    id: 'twilio.api-key',
    title: 'Twilio API key (SID and secret)',
    kind: 'specific',
    keywords: ['twilio'],
    // SKxxx:secret (basic auth) or Client("SKxxx", "secret", "ACxxx"). The SK SID alone is an identifier.
    pattern: new RegExp(`(?<![A-Za-z0-9])(?<key_sid>SK[0-9a-f]{32})${PAIR_SEPARATOR}(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])`),
    minEntropy: 3.5,
    examples: {
      positive: [
        `# twilio\ncurl https://api.twilio.com/2010-04-01/Accounts.json -u SK${fake(HEX, 32, 'tk1')}:«${fake(B62, 32, 'tk2')}»`,
        `from twilio.rest import Client\nclient = Client('SK${fake(HEX, 32, 'tk3')}', '«${fake(B62, 32, 'tk4')}»', 'AC${fake(HEX, 32, 'tk5')}')`,
      ],
      negative: [`TWILIO_API_KEY=SK${fake(HEX, 32, 'tk6')}`, `twilio -u SK${fake(HEX, 32, 'tk7')}:your_api_secret_goes_here_please`],
    },
    guide: {
      grants: 'Calls the Twilio REST API on the account (standard keys: everything but account/key management; main keys: everything).',
      revoke: 'Twilio Console → Account → API keys & tokens → the key → Delete, then create a new key.',
      url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      store,
    },
  },
  {
    id: 'twilio.api-key-secret',
    title: 'Twilio API key secret',
    kind: 'specific',
    keywords: ['twilio'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('twilio')], ['api secret', 'api key secret', 'key secret', 'secret']), `[${B62.re}]{32}`),
    minEntropy: 3.5,
    companions: [{ name: 'key_sid', pattern: /(?<![A-Za-z0-9])(?<value>SK[0-9a-f]{32})(?![A-Za-z0-9])/, withinLines: 5 }],
    examples: {
      positive: [`TWILIO_API_KEY=SK${fake(HEX, 32, 'ks1')}\nTWILIO_API_SECRET=«${fake(B62, 32, 'ks2')}»`, `{"twilioApiSecret": "«${fake(B62, 32, 'ks3')}»"}`],
      negative: ['TWILIO_API_SECRET=your_api_secret', `TWILIO_API_SECRET=${fake(B62, 16, 'ks4')}`],
    },
    guide: {
      grants: 'With its SK key SID, calls the Twilio REST API on the account (messages, calls, numbers; everything for main keys).',
      revoke: 'Twilio Console → Account → API keys & tokens → the key → Delete, then create a new key.',
      url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      store,
    },
  },

  // --- Other SMS / voice / push ------------------------------------------------------------
  {
    id: 'vonage.api-secret',
    title: 'Vonage (Nexmo) API secret',
    kind: 'specific',
    keywords: ['vonage', 'nexmo'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('vonage'), w('nexmo')], ['api secret', 'secret']), `[${B62.re}]{16,64}`),
    minEntropy: 3,
    companions: [{ name: 'api_key', pattern: /(?:[Vv][Oo][Nn][Aa][Gg][Ee]|[Nn][Ee][Xx][Mm][Oo])[A-Za-z_]{0,10}[Kk][Ee][Yy]["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{8})\b/, withinLines: 4 }],
    examples: {
      positive: [`VONAGE_API_KEY=${fake(HEX, 8, 'vn1')}\nVONAGE_API_SECRET=«${fake(B62, 16, 'vn2')}»`, `nexmo:\n  nexmo_api_secret: '«${fake(B62, 16, 'vn3')}»'`],
      negative: ['VONAGE_API_SECRET=your-api-secret', `VONAGE_APPLICATION_ID=${fakeUuid('vn4')}`],
    },
    guide: {
      grants: 'With the API key, calls every Vonage API on the account: sends SMS and voice calls billed to it, reads message records, manages numbers and applications.',
      revoke: 'Vonage API Dashboard → API Settings → rotate the API secret (add a new secret, deploy it, delete the old one).',
      url: 'https://dashboard.nexmo.com/settings',
      store,
    },
  },
  {
    id: 'messagebird.api-key',
    title: 'MessageBird (Bird) API access key',
    kind: 'specific',
    keywords: ['messagebird', 'message_bird', 'msgbird'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('message bird'), w('msgbird')], ['access key', 'api key', 'key', 'token']), `[${B62.re}]{25}`),
    minEntropy: 3.5,
    examples: {
      positive: [`MESSAGEBIRD_API_KEY=«${fake(B62, 25, 'mb1')}»`, `const messagebirdAccessKey = '«${fake(B62, 25, 'mb2')}»';`],
      negative: ['MESSAGEBIRD_API_KEY=<live-access-key>', `MESSAGEBIRD_ORIGINATOR=${num(11, 'mb3')}`],
    },
    guide: {
      grants: 'Sends SMS, voice and WhatsApp messages billed to the account and reads message history and contacts.',
      revoke: 'MessageBird/Bird Dashboard → Developers → API access → delete the access key and create a new one.',
      url: 'https://dashboard.messagebird.com/en/developers/access',
      store,
    },
  },
  {
    id: 'sinch.api-secret',
    title: 'Sinch API token or key secret',
    kind: 'specific',
    keywords: ['sinch'],
    keywordScope: 'line',
    // Sinch SMS REST API tokens (32 hex) and access-key secrets (~30 chars incl. `~._-`); not in the
    // format table, so only an assignment to a sinch…secret/token name counts.
    pattern: assignment(ctxName([w('sinch')], ['key secret', 'api secret', 'secret', 'api token', 'token']), '[A-Za-z0-9_~-]{24,64}'),
    minEntropy: 3.5,
    examples: {
      positive: [`SINCH_KEY_SECRET=«${fake(B64URL, 30, 'sn1')}»`, `sinch_api_token: "«${fake(HEX, 32, 'sn2')}»"`],
      negative: [`SINCH_KEY_ID=${fakeUuid('sn3')}`, 'SINCH_API_TOKEN=<your-api-token>'],
    },
    guide: {
      grants: 'Sends SMS and voice messages billed to the Sinch account and reads delivery reports and conversations.',
      revoke: 'Sinch Customer Dashboard → Settings → Access Keys (or SMS → APIs → the service plan) → delete or regenerate the key/token.',
      url: 'https://dashboard.sinch.com/settings/access-keys',
      store,
    },
  },
  {
    id: 'plivo.auth-token',
    title: 'Plivo auth token',
    kind: 'specific',
    keywords: ['plivo'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('plivo')], ['auth token', 'token', 'secret']), `[${B62.re}]{40}`),
    minEntropy: 3.5,
    companions: [{ name: 'auth_id', pattern: /(?<![A-Za-z0-9])(?<value>[MS]A[A-Z0-9]{18})(?![A-Za-z0-9])/, withinLines: 4 }],
    examples: {
      positive: [`PLIVO_AUTH_ID=MA${fake(UPPER_DIGITS, 18, 'pl1')}\nPLIVO_AUTH_TOKEN=«${fake(B62, 40, 'pl2')}»`],
      negative: [`PLIVO_AUTH_ID=MA${fake(UPPER_DIGITS, 18, 'pl3')}`, 'PLIVO_AUTH_TOKEN=your_auth_token'],
    },
    guide: {
      grants: 'With the auth ID, full use of the Plivo account API: SMS and calls billed to it, numbers, call records.',
      revoke: 'Plivo Console → Overview/Account → Auth Credentials → regenerate the auth token.',
      url: 'https://console.plivo.com/dashboard/',
      store,
    },
  },
  {
    id: 'pusher.app-secret',
    title: 'Pusher Channels app secret',
    kind: 'specific',
    keywords: ['pusher'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('pusher')], ['app secret', 'secret']), `[${HEX.re}]{20}`),
    minEntropy: 3,
    examples: {
      positive: [`PUSHER_APP_ID=${num(7, 'pu1')}\nPUSHER_APP_KEY=${fake(HEX, 20, 'pu2')}\nPUSHER_APP_SECRET=«${fake(HEX, 20, 'pu3')}»`, `'pusher_secret' => '«${fake(HEX, 20, 'pu4')}»',`],
      // The app key is public (used by browsers).
      negative: [`PUSHER_APP_KEY=${fake(HEX, 20, 'pu5')}`, 'PUSHER_APP_SECRET=${PUSHER_APP_SECRET}'],
    },
    guide: {
      grants: 'Publishes events to every channel of the app and signs private/presence channel subscriptions, so anyone can impersonate your backend and eavesdrop on private channels.',
      revoke: 'Pusher dashboard → Channels → the app → App Keys → create a new key pair, deploy it, delete the old one.',
      url: 'https://dashboard.pusher.com/',
      store,
    },
  },
  {
    id: 'pusher.config-secret',
    title: 'Pusher Channels app secret in a client config',
    kind: 'specific',
    keywords: ['pusher'],
    // Server SDK configs ({ appId, key, secret, cluster } in JS, 'key' => …, 'secret' => … in PHP)
    // name the fields plainly: a 20-hex `secret` next to a 20-hex `key`, in a document about Pusher.
    pattern: /(?<![A-Za-z0-9_])(?:[Aa][Pp][Pp][_-]?)?[Ss][Ee][Cc][Rr][Ee][Tt]["']?\s{0,3}(?:=>|:|=)\s{0,3}["']?(?<secret>[0-9a-f]{20})(?![A-Za-z0-9])/,
    minEntropy: 3,
    companions: [{ name: 'app_key', pattern: /(?<![A-Za-z0-9_])(?:[Aa][Pp][Pp][_-]?)?[Kk][Ee][Yy]["']?\s{0,3}(?:=>|:|=)\s{0,3}["']?(?<value>[0-9a-f]{20})(?![A-Za-z0-9])/, withinLines: 3 }],
    requireCompanion: true,
    examples: {
      positive: [
        `const pusher = new Pusher({ appId: "${num(7, 'pg1')}", key: "${fake(HEX, 20, 'pg2')}", secret: "«${fake(HEX, 20, 'pg3')}»", cluster: "eu", useTLS: true });`,
        `'pusher' => [\n    'key' => '${fake(HEX, 20, 'pg4')}',\n    'secret' => '«${fake(HEX, 20, 'pg5')}»',\n    'app_id' => '${num(7, 'pg6')}',\n],`,
      ],
      negative: [`// pusher\nconst cfg = { secret: "${fake(HEX, 20, 'pg7')}" };`, `const pusher = new Pusher({ key: "${fake(HEX, 20, 'pg8')}", secret: process.env.PUSHER_SECRET });`],
    },
    guide: {
      grants: 'Publishes events to every channel of the app and signs private/presence channel subscriptions; shipped in a browser bundle, anyone can read it.',
      revoke: 'Pusher dashboard → Channels → the app → App Keys → create a new key pair, deploy it, delete the old one. Keep the secret on the server only.',
      url: 'https://dashboard.pusher.com/',
      store,
    },
  },
  {
    id: 'pusher.channels-url',
    title: 'Pusher Channels URL with app secret',
    kind: 'specific',
    keywords: ['pusher'],
    keywordScope: 'line',
    // PUSHER_URL=http(s)://<key>:<secret>@api[-cluster].pusher(app).com/apps/<id>
    pattern: /(?<![A-Za-z0-9])https?:\/\/(?<app_key>[0-9a-f]{20}):(?<secret>[0-9a-f]{20})@api(?:-[a-z0-9]{2,8})?\.pusher(?:app)?\.com/,
    minEntropy: 3,
    examples: {
      positive: [`PUSHER_URL=https://${fake(HEX, 20, 'pc1')}:«${fake(HEX, 20, 'pc2')}»@api-eu.pusher.com/apps/${num(7, 'pc3')}`],
      negative: ['PUSHER_URL=https://key:secret@api.pusherapp.com/apps/123'],
    },
    guide: {
      grants: 'Publishes events to every channel of the app and signs private/presence channel subscriptions.',
      revoke: 'Pusher dashboard → Channels → the app → App Keys → create a new key pair, deploy it, delete the old one.',
      url: 'https://dashboard.pusher.com/',
      store,
    },
  },
  {
    id: 'ably.api-key',
    title: 'Ably API key',
    kind: 'specific',
    keywords: ['ably'],
    // <app id>.<key id>:<secret>; the whole string is what clients pass as `key`.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_+/=-]{30,50})(?![A-Za-z0-9_+/=-])/,
    minEntropy: 4,
    examples: {
      positive: [`ABLY_API_KEY=«${fake(B62, 6, 'ab1')}.${fake(B62, 6, 'ab2')}:${fake(B64URL, 43, 'ab3')}»`, `const ably = new Ably.Realtime({ key: '«${fake(B62, 6, 'ab4')}.${fake(B62, 6, 'ab5')}:${fake(B64URL, 43, 'ab6')}»' });`],
      negative: ['ABLY_API_KEY=appId.keyId:secret', `ABLY_CLIENT_ID=${fake(B62, 12, 'ab7')}`],
    },
    guide: {
      grants: 'Publishes, subscribes and reads history on the app\'s channels with the key\'s capabilities, and issues tokens to clients.',
      revoke: 'Ably dashboard → the app → API Keys → Revoke the key (and create a replacement with the needed capabilities).',
      url: 'https://ably.com/accounts',
      store,
    },
  },
  {
    id: 'onesignal.rest-api-key',
    title: 'OneSignal REST API key',
    kind: 'specific',
    keywords: ['os_v2_'],
    keywordScope: 'line',
    // Current keys: os_v2_app_ / os_v2_org_ + ~100 lower-case base32-like characters.
    pattern: /(?<![A-Za-z0-9_])(?<secret>os_v2_(?:app|org)_[a-z0-9]{50,200})(?![A-Za-z0-9])/,
    examples: {
      positive: [`ONESIGNAL_REST_API_KEY=«os_v2_app_${fake(LOWER_DIGITS, 113, 'os1')}»`, `headers: { Authorization: 'Key «os_v2_org_${fake(LOWER_DIGITS, 113, 'os2')}»' }`],
      negative: ['ONESIGNAL_REST_API_KEY=os_v2_app_...', `ONESIGNAL_APP_ID=${fakeUuid('os3')}`],
    },
    guide: {
      grants: 'Sends push notifications, e-mails and SMS to all of the app\'s subscribers and reads or edits their data (org keys: every app of the organisation).',
      revoke: 'OneSignal dashboard → Settings → Keys & IDs → delete or rotate the API key.',
      url: 'https://documentation.onesignal.com/docs/keys-and-ids',
      store,
    },
  },
  {
    id: 'onesignal.legacy-rest-api-key',
    title: 'OneSignal legacy REST API key',
    kind: 'specific',
    keywords: ['onesignal', 'one_signal'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('one signal')], ['rest api key', 'api key', 'auth key', 'rest key', 'key']), `[${B62.re}]{48}`),
    minEntropy: 3.5,
    examples: {
      positive: [`ONESIGNAL_REST_API_KEY=«${fake(B62, 48, 'ol1')}»`],
      negative: [`ONESIGNAL_APP_ID=${fakeUuid('ol2')}`, 'ONESIGNAL_REST_API_KEY=<rest-api-key>'],
    },
    guide: {
      grants: 'Sends push notifications to all of the app\'s subscribers and reads or edits their data.',
      revoke: 'OneSignal dashboard → Settings → Keys & IDs → rotate the REST API key (legacy keys should be replaced by os_v2 keys).',
      url: 'https://documentation.onesignal.com/docs/keys-and-ids',
      store,
    },
  },
  {
    id: 'sendbird.api-token',
    title: 'Sendbird API token',
    kind: 'specific',
    keywords: ['sendbird'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('sendbird'), w('send bird')], ['api token', 'master token', 'secondary token', 'token', 'api key']), `[${HEX.re}]{40}`),
    minEntropy: 3,
    examples: {
      positive: [`SENDBIRD_APP_ID=${fakeUuid('sb1').toUpperCase()}\nSENDBIRD_API_TOKEN=«${fake(HEX, 40, 'sb2')}»`],
      negative: [`SENDBIRD_APP_ID=${fakeUuid('sb3').toUpperCase()}`, 'SENDBIRD_API_TOKEN=your_api_token'],
    },
    guide: {
      grants: 'Full server-side access to the Sendbird application: read every channel and message, create and delete users, send messages as anyone.',
      revoke: 'Sendbird Dashboard → Settings → General → API tokens → revoke the token (the master token can be rotated by Sendbird support).',
      url: 'https://dashboard.sendbird.com/',
      store,
    },
  },
  {
    id: 'zulip.api-key',
    title: 'Zulip API key',
    kind: 'specific',
    keywords: ['zulip'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('zulip')], ['api key', 'bot key', 'key', 'token']), `[${B62.re}]{32}`),
    minEntropy: 3.5,
    examples: {
      positive: [`ZULIP_API_KEY=«${fake(B62, 32, 'zu1')}»`, `client = zulip.Client(email="bot@example.com", zulip_api_key="«${fake(B62, 32, 'zu2')}»")`],
      negative: ['ZULIP_API_KEY=<api-key>', 'ZULIP_SITE=https://chat.zulip.org'],
    },
    guide: {
      grants: 'Acts as the Zulip user or bot: reads the streams and private messages it can see and sends messages as it.',
      revoke: 'Zulip → Settings → Account & privacy → API key → Generate new API key (for bots: Settings → Bots → regenerate).',
      url: 'https://zulip.com/api/api-keys',
      store,
    },
  },
  {
    id: 'zulip.zuliprc-key',
    title: 'Zulip API key in a zuliprc file',
    kind: 'specific',
    keywords: ['[api]'],
    // zuliprc: an [api] section with email=, key=<32 b62>, site=.
    pattern: /^[ \t]*key[ \t]*=[ \t]*(?<secret>[A-Za-z0-9]{32})[ \t]*\r?$/m,
    minEntropy: 3.5,
    examples: {
      positive: [{ text: `[api]\nemail=deploy-bot@chat.example.com\nkey=«${fake(B62, 32, 'zr1')}»\nsite=https://chat.example.com\n`, path: '.zuliprc' }],
      negative: ['[api]\nemail=deploy-bot@chat.example.com\nkey=<your-api-key>\nsite=https://chat.example.com\n'],
    },
    guide: {
      grants: 'Acts as the Zulip user or bot: reads the streams and private messages it can see and sends messages as it.',
      revoke: 'Zulip → Settings → Account & privacy → API key → Generate new API key (for bots: Settings → Bots → regenerate).',
      url: 'https://zulip.com/api/configuring-python-bindings',
      store,
    },
  },
  {
    id: 'mattermost.access-token',
    title: 'Mattermost personal access or bot token',
    kind: 'specific',
    keywords: ['mattermost', 'mm_'],
    keywordScope: 'line',
    // 26 lower-case alphanumerics, like every Mattermost ID: only a token-named variable counts.
    pattern: assignment(
      [`${ctxName([w('mattermost')], ['access token', 'bot token', 'personal token', 'token', 'api key'])}`, `${word('mm')}[_.-](?:${w('access')}[_.-]?|${w('bot')}[_.-]?|${w('personal')}[_.-]?|${w('service')}[_.-]?)?${w('token')}`],
      `[${LOWER_DIGITS.re}]{26}`,
    ),
    minEntropy: 3,
    examples: {
      positive: [`MATTERMOST_TOKEN=«${fake(LOWER_DIGITS, 26, 'mm1')}»`, `MM_BOT_TOKEN: "«${fake(LOWER_DIGITS, 26, 'mm2')}»"`],
      negative: [`MATTERMOST_TEAM_ID=${fake(LOWER_DIGITS, 26, 'mm3')}`, 'MM_ACCESS_TOKEN=<token>'],
    },
    guide: {
      grants: 'Acts as the user or bot on the Mattermost server through the REST API: reads channels and direct messages it can access, posts as it, and (for admins) manages the server.',
      revoke: 'Mattermost → Profile → Security → Personal Access Tokens → Delete (bots: Integrations → Bot Accounts → the bot → delete the token).',
      url: 'https://docs.mattermost.com/developer/personal-access-tokens.html',
      store,
    },
  },
  {
    id: 'mattermost.webhook-url',
    title: 'Mattermost incoming webhook URL',
    kind: 'specific',
    keywords: ['mattermost'],
    // https://<server>/hooks/<26 lower-case alphanumerics>; the server name is free, so the document must mention Mattermost.
    pattern: /(?<secret>https?:\/\/[A-Za-z0-9.-]{1,253}(?::[0-9]{2,5})?(?:\/[A-Za-z0-9._~-]{1,64}){0,3}\/hooks\/[a-z0-9]{26})(?![A-Za-z0-9])/,
    post: [hasLowEntropyHookId],
    examples: {
      positive: [`# Mattermost notifications\nMATTERMOST_WEBHOOK=«https://chat.ferrowind.io/hooks/${fake(LOWER_DIGITS, 26, 'mw1')}»`],
      negative: ['# mattermost\nMATTERMOST_WEBHOOK=https://chat.example.com/hooks/xxx-generatedkey-xxx', 'mattermost: https://chat.example.com/hooks/aaaaaaaaaaaaaaaaaaaaaaaaaa'],
    },
    guide: {
      grants: 'Anyone with the URL can post messages into the channel (and, if allowed, under any name and icon).',
      revoke: 'Mattermost → Integrations → Incoming Webhooks → delete the webhook and create a new one.',
      url: 'https://developers.mattermost.com/integrate/webhooks/incoming/',
      store,
    },
  },
  {
    id: 'line.channel-access-token',
    title: 'LINE Messaging API channel access token',
    kind: 'specific',
    keywords: ['line_', 'line-', 'line.', 'linebot', 'channel_access', 'channelaccess', 'channel-access'],
    keywordScope: 'line',
    pattern: assignment(
      [
        `${word('line')}[_.-]?(?:${w('bot')}[_.-]?|${w('messaging')}[_.-]?(?:${w('api')}[_.-]?)?)?(?:${w('channel')}[_.-]?)?(?:${w('access')}[_.-]?)?${w('token')}`,
        `${w('channel access token')}`,
      ],
      '[A-Za-z0-9+/]{100,250}={0,2}',
    ),
    minEntropy: 4,
    examples: {
      positive: [`LINE_CHANNEL_ACCESS_TOKEN=«${toBase64(fake(B62, 129, 'ln1'))}»`, `const config = { channelAccessToken: '«${toBase64(fake(B62, 128, 'ln2'))}»', channelSecret };`],
      negative: ['LINE_CHANNEL_ACCESS_TOKEN=<channel access token>', `PIPELINE_TOKEN=${toBase64(fake(B62, 129, 'ln3'))}`],
    },
    guide: {
      grants: 'Sends messages as the LINE Official Account to its followers (billed), reads user profiles and manages rich menus.',
      revoke: 'LINE Developers Console → the provider → the channel → Messaging API → Channel access token → Reissue (long-lived tokens) or revoke via the API.',
      url: 'https://developers.line.biz/console/',
      store,
    },
  },
  {
    id: 'line.channel-secret',
    title: 'LINE channel secret',
    kind: 'specific',
    keywords: ['channel_secret', 'channelsecret', 'channel-secret'],
    keywordScope: 'line',
    pattern: assignment([`(?:${word('line')}[_.-]?(?:${w('bot')}[_.-]?)?)?${w('channel secret')}`], `[${HEX.re}]{32}`),
    minEntropy: 3,
    examples: {
      positive: [`LINE_CHANNEL_SECRET=«${fake(HEX, 32, 'lc1')}»`, `channelSecret: "«${fake(HEX, 32, 'lc2')}»",`],
      negative: ['LINE_CHANNEL_SECRET=${LINE_CHANNEL_SECRET}', `LINE_CHANNEL_ID=${num(10, 'lc3')}`],
    },
    guide: {
      grants: 'Verifies (and so lets anyone forge) webhook signatures from LINE and issues channel access tokens for the channel.',
      revoke: 'LINE Developers Console → the channel → Basic settings → Channel secret → Issue (reissue).',
      url: 'https://developers.line.biz/console/',
      store,
    },
  },
  {
    id: 'courier.api-key',
    title: 'Courier API key',
    kind: 'specific',
    keywords: ['courier'],
    // pk_<environment>_<28 chars>; Stripe publishable keys (pk_live_/pk_test_ + 24 or ~99) do not fit.
    pattern: /(?<![A-Za-z0-9_])(?<secret>pk_(?!live_)[a-z]{2,12}_[A-Za-z0-9]{26,32})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    examples: {
      positive: [`COURIER_AUTH_TOKEN=«pk_prod_${fake(UPPER_DIGITS, 28, 'co1')}»`, `import { CourierClient } from "@trycourier/courier";\nconst courier = new CourierClient({ authorizationToken: "«pk_test_${fake(UPPER_DIGITS, 28, 'co2')}»" });`],
      negative: [`# courier\nSTRIPE_PUBLISHABLE_KEY=pk_live_${fake(B62, 24, 'co3')}`, 'COURIER_AUTH_TOKEN=pk_prod_<token>'],
    },
    guide: {
      grants: 'Sends notifications (e-mail, SMS, push, chat) through every channel configured in the Courier workspace and reads message logs and user profiles.',
      revoke: 'Courier app → Settings → API Keys → delete (or rotate) the key for that environment.',
      url: 'https://app.courier.com/settings/api-keys',
      store,
    },
  },
];
