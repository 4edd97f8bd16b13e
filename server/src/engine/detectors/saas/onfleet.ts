/** onfleet (delivery management): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'onfleet.api-key',
    title: 'Onfleet API key',
    keywords: ['onfleet'],
    providers: [phrase('onfleet')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under an `onfleet` name.
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the organisation's tasks, workers, teams and recipients (addresses, phone numbers).",
      revoke: 'Onfleet dashboard → Settings → API & Webhooks → delete the key.',
      url: 'https://onfleet.com/dashboard#/manage',
    },
  }),
];
