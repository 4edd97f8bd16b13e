/** peopledatalabs (people-data API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'peopledatalabs.api-key',
    title: 'People Data Labs API key',
    keywords: ['peopledatalabs', 'people_data_labs', 'pdl'],
    providers: [phrase('people data labs'), phraseAfterNonLetter('pdl')],
    kinds: ['key', 'token', 'secret'],
    // 64 [a-z0-9] under a `peopledatalabs` / `pdl` name.
    value: '[a-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs person and company enrichment and search on the account's credits (personal data).",
      revoke: 'dashboard.peopledatalabs.com → API keys → delete the key and create a new one.',
      url: 'https://dashboard.peopledatalabs.com/',
    },
  }),
];
