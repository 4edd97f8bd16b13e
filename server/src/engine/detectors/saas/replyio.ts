/** replyio (long tail of providers, issue 9 §3): Reply.io. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'replyio.api-key',
    title: 'Reply.io API key',
    keywords: ['replyio', 'reply_io', 'reply-io', 'reply.io'],
    providers: [phrase('reply io')],
    kinds: ['key', 'token', 'secret'],
    // 24 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes contacts, sequences and e-mail campaigns of the Reply.io account.',
      revoke: 'Reply.io → Settings → API key → regenerate.',
      url: 'https://run.reply.io/Dashboard/Material#/settings/apikey',
    },
  }),
];
