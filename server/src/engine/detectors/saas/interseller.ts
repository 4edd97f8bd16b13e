/** interseller (sales outreach): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'interseller.api-key',
    title: 'Interseller API key',
    keywords: ['interseller'],
    providers: [phrase('interseller')],
    kinds: ['key', 'token', 'secret'],
    // A UUID under an `interseller` name.
    value: UUID,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and manages the account's campaigns, contacts and sequences.",
      revoke: 'Interseller → Settings → API → regenerate the key.',
      url: 'https://interseller.io/',
    },
  }),
];
