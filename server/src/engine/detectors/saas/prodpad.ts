/** prodpad (product management): SaaS productivity and CRM. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'prodpad.api-key',
    title: 'ProdPad API key',
    keywords: ['prodpad'],
    providers: [phrase('prodpad')],
    kinds: ['key', 'token', 'secret'],
    // 64 hex under a `prodpad` name.
    value: '[0-9a-f]{64}',
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and changes the account's ideas, feedback and roadmaps.",
      revoke: 'ProdPad → Profile → API keys → delete the key.',
      url: 'https://app.prodpad.com/me/apikeys',
    },
  }),
];
