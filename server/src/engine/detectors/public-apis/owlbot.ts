/** owlbot (dictionary API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'owlbot.api-key',
    title: 'Owlbot API token',
    keywords: ['owlbot'],
    providers: [phrase('owlbot')],
    kinds: ['key', 'token', 'secret'],
    // 40 [a-z0-9] under an `owlbot` name.
    value: '[a-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Queries the Owlbot dictionary API as the token owner.',
      revoke: 'Ask Owlbot (owlbot.info) for a new token; the token is issued by e-mail and cannot be rotated from a dashboard.',
      url: 'https://owlbot.info/',
    },
  }),
];
