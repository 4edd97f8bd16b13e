/**
 * Help Scout credentials. Shape: 40 [a-z0-9] (XCHK: KF helpscout.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'helpscout.api-key',
    title: 'Help Scout API key',
    keywords: ['helpscout', 'help_scout', 'help-scout', 'help.scout'],
    providers: [phrase('help scout')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token', 'app secret'],
    value: '[a-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and edits the Help Scout mailboxes' conversations, customers and reports as the user.",
      revoke: 'Help Scout → Your profile → Authentication → API keys / My apps → delete the key or regenerate the app secret.',
      url: 'https://secure.helpscout.net/users/authentication',
    },
  }),
];
