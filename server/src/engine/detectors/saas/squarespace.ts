/** squarespace (long tail of providers, issue 9 §3): Squarespace. */
import { contextual, type Detector, hasRunOf, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'squarespace.api-key',
    title: 'Squarespace API key',
    keywords: ['squarespace', 'square_space', 'square-space', 'square.space'],
    providers: [phrase('square space')],
    kinds: ['key', 'token', 'secret'],
    // A UUID (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: UUID,
    post: [hasRunOf(6)],
    guide: {
      grants: "Reads and changes the site's commerce data (orders, inventory, products, transactions) as the API key's permissions allow.",
      revoke: 'Squarespace → Settings → Advanced → Developer API keys → Revoke.',
      url: 'https://support.squarespace.com/hc/en-us/articles/236297987',
    },
  }),
];
