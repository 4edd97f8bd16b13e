/**
 * BugHerd credentials. Shape: 22 [a-z0-9] (XCHK: KF bugherd.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'bugherd.api-key',
    title: 'BugHerd API key',
    keywords: ['bugherd', 'bug_herd', 'bug-herd', 'bug.herd'],
    providers: [phrase('bug herd')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{22}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and edits the organisation's BugHerd projects, tasks, comments and attachments.",
      revoke: 'BugHerd → Settings → General settings → API key → reset.',
      url: 'https://www.bugherd.com/api_v2',
    },
  }),
];
