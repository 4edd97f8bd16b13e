/** planyo (reservation system): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'planyo.api-key',
    title: 'Planyo API key',
    keywords: ['planyo'],
    providers: [phrase('planyo')],
    kinds: ['key', 'token', 'secret'],
    // 62 [a-z0-9] under a `planyo` name.
    value: '[a-z0-9]{62}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the site's reservations, resources and customers.",
      revoke: 'Planyo → Integration → API access → regenerate the key.',
      url: 'https://www.planyo.com/api.php',
    },
  }),
];
