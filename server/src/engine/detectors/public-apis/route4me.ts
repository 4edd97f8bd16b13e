/** route4me (long tail of providers, issue 9 §3): Route4Me. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'route4me.api-key',
    title: 'Route4Me API key',
    keywords: ['route4me', 'route_4_me', 'route-4-me', 'route.4.me'],
    providers: [phrase('route4me'), phrase('route 4 me')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the account's routes, orders, addresses and drivers, and runs route optimizations billed to the plan.",
      revoke: 'Route4Me → Settings → API → regenerate the API key.',
      url: 'https://route4me.com/settings/api',
    },
  }),
];
