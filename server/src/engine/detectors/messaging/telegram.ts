/**
 * Telegram credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, ci, defineDetector, HEX, STORE_IN_SECRET_STORE, type Detector, type PostValidator } from '../kit/index.js';

/** Telegram Bot API documentation samples (CREDENTIAL-FORMATS.md, known documentation values). */
const TELEGRAM_DOC_SAMPLES = new Set(['110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw', '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11']);

const isTelegramDocSample: PostValidator = ({ value }) => (TELEGRAM_DOC_SAMPLES.has(value) ? 'documented example value' : undefined);

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'telegram.bot-token',
    title: 'Telegram bot token',
    keywords: ['telegram', 'bot_token', 'bottoken', 'tg_bot', 'tgbot'],
    scope: 'document',
    // <bot id, 8–10 digits>:<35 b64url chars>; also inside https://api.telegram.org/bot<token>/method.
    pattern: /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))(?<secret>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    post: [isTelegramDocSample],
    minEntropy: 3.5,
    guide: {
      grants:
        'Controls the bot: reads every message sent to it and the groups it is in, sends messages as it, changes its settings and webhook.',
      revoke: 'In Telegram, talk to @BotFather → /mybots → your bot → API Token → Revoke current token (or send /revoke).',
      url: 'https://core.telegram.org/bots/features#botfather',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'telegram.api-hash',
    title: 'Telegram API hash (MTProto app)',
    keywords: ['api_hash', 'apihash', 'api-hash'],
    pattern: () => assignment([`${ci('api')}[_-]?${ci('hash')}`], `[${HEX.re}]{32}`),
    minEntropy: 3,
    companions: [{ name: 'api_id', pattern: /[Aa][Pp][Ii][_-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[0-9]{5,10})\b/, withinLines: 4 }],
    guide: {
      grants:
        'Identifies your Telegram API application: with it anyone can log users into Telegram as your app (Telethon/Pyrogram clients) and get it rate-limited or banned.',
      revoke: 'API hashes cannot be rotated: delete the application at my.telegram.org → API development tools and create a new one.',
      url: 'https://my.telegram.org/apps',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
