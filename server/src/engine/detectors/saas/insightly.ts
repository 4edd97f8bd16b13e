/** insightly (CRM): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'insightly.api-key',
    title: 'Insightly API key',
    keywords: ['insightly'],
    providers: [phrase('insightly')],
    kinds: ['key', 'token', 'secret'],
    // A UUID under an `insightly` name (sent as the Basic-auth user).
    value: UUID,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and writes the user's CRM records: contacts, organisations, opportunities, projects.",
      revoke: 'Insightly → User Settings → API → reset the API key.',
      url: 'https://crm.na1.insightly.com/Users/UserSettings',
    },
  }),
];
