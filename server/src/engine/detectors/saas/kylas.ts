/** kylas (CRM): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'kylas.api-key',
    title: 'Kylas API key',
    keywords: ['kylas'],
    providers: [phrase('kylas')],
    kinds: ['key', 'token', 'secret'],
    // A UUID under a `kylas` name.
    value: UUID,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and writes the tenant's leads, contacts and deals.",
      revoke: 'Kylas → Settings → API keys → delete the key.',
      url: 'https://app.kylas.io/',
    },
  }),
];
