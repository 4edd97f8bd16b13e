/**
 * Mattermost credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import {
  assignment,
  defineDetector,
  LOWER_DIGITS,
  phrase,
  phraseAfterNonLetter,
  providerKindName,
  STORE_IN_SECRET_STORE,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/** A Mattermost or similar id in a URL path must look random, not `aaaa…` or a word. */
const hasLowEntropyHookId: PostValidator = ({ value }) => {
  const id = value.slice(value.lastIndexOf('/') + 1);
  return /[0-9]/.test(id) && /[a-z]/.test(id) ? undefined : 'hook id is not random';
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mattermost.access-token',
    title: 'Mattermost personal access or bot token',
    keywords: ['mattermost', 'mm_'],
    // 26 lower-case alphanumerics, like every Mattermost ID: only a token-named variable counts.
    pattern: () =>
      assignment(
        [
          `${providerKindName([phrase('mattermost')], ['access token', 'bot token', 'personal token', 'token', 'api key'])}`,
          `${phraseAfterNonLetter('mm')}[_.-](?:${phrase('access')}[_.-]?|${phrase('bot')}[_.-]?|${phrase('personal')}[_.-]?|${phrase('service')}[_.-]?)?${phrase('token')}`,
        ],
        `[${LOWER_DIGITS.re}]{26}`,
      ),
    minEntropy: 3,
    guide: {
      grants:
        'Acts as the user or bot on the Mattermost server through the REST API: reads channels and direct messages it can access, posts as it, and (for admins) manages the server.',
      revoke:
        'Mattermost → Profile → Security → Personal Access Tokens → Delete (bots: Integrations → Bot Accounts → the bot → delete the token).',
      url: 'https://docs.mattermost.com/developer/personal-access-tokens.html',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'mattermost.webhook-url',
    title: 'Mattermost incoming webhook URL',
    keywords: ['mattermost'],
    scope: 'document',
    // https://<server>/hooks/<26 lower-case alphanumerics>; the server name is free, so the document must mention Mattermost.
    pattern:
      /(?<secret>https?:\/\/[A-Za-z0-9.-]{1,253}(?::[0-9]{2,5})?(?:\/[A-Za-z0-9._~-]{1,64}){0,3}\/hooks\/[a-z0-9]{26})(?![A-Za-z0-9])/,
    post: [hasLowEntropyHookId],
    guide: {
      grants: 'Anyone with the URL can post messages into the channel (and, if allowed, under any name and icon).',
      revoke: 'Mattermost → Integrations → Incoming Webhooks → delete the webhook and create a new one.',
      url: 'https://developers.mattermost.com/integrate/webhooks/incoming/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
