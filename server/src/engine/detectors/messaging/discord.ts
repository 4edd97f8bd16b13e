/**
 * Discord credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import {
  assignment,
  B64URL,
  defineDetector,
  phrase,
  providerKindName,
  STORE_IN_SECRET_STORE,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/** The first segment of a Discord bot token is the base64 of the bot's numeric (snowflake) ID. */
const hasNoSnowflakeId: PostValidator = ({ value }) => {
  const first = value.slice(0, value.indexOf('.'));
  const decoded = Buffer.from(first.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /^[0-9]{17,20}$/.test(decoded) ? undefined : 'first segment is not a base64 snowflake id';
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'discord.bot-token',
    title: 'Discord bot token',
    keywords: ['discord', 'bot_token', 'bottoken'],
    scope: 'document',
    // base64(bot id) . 6-char timestamp . 27–38-char HMAC; the first segment is checked to decode to digits.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])/,
    post: [hasNoSnowflakeId],
    guide: {
      grants:
        'Logs in as the bot: reads and sends messages, manages members and channels in every server the bot is in, within its permissions.',
      revoke:
        'discord.com/developers/applications → your application → Bot → Reset Token. Discord also resets tokens it finds in public GitHub repositories.',
      url: 'https://discord.com/developers/applications',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'discord.webhook-url',
    title: 'Discord webhook URL',
    confidence: 'high', // Discord's own host and path; the derivation stops at the optional subdomain
    keywords: ['discord'],
    // https://discord.com/api/webhooks/<17–20 digit id>/<68-char token>; also discordapp.com, canary./ptb.
    pattern:
      /(?<secret>https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,72})(?![A-Za-z0-9_-])/,
    guide: {
      grants:
        'Anyone with the URL can post messages (any name and avatar) into the channel, e.g. phishing links, and can delete the webhook.',
      revoke:
        'Discord → Server Settings → Integrations → Webhooks → delete the webhook (or `DELETE` the webhook URL) and create a new one.',
      url: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'discord.client-secret',
    title: 'Discord OAuth2 client secret',
    keywords: ['discord'],
    pattern: () =>
      assignment(
        providerKindName([phrase('discord')], ['client secret', 'oauth secret', 'oauth2 secret', 'app secret']),
        `[${B64URL.re}]{32}`,
      ),
    minEntropy: 3.5,
    guide: {
      grants: "Lets anyone run the OAuth2 flow as your Discord application and exchange codes for users' access tokens.",
      revoke: 'discord.com/developers/applications → your application → OAuth2 → Reset Secret.',
      url: 'https://discord.com/developers/applications',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
