/** lemlist (cold e-mail outreach): e-mail. */
import { contextual, type Detector, isNotMixedHex, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'lemlist.api-key',
    title: 'lemlist API key',
    keywords: ['lemlist'],
    providers: [phrase('lemlist')],
    kinds: ['key', 'token', 'secret'],
    // 32 hex under a `lemlist` name.
    value: '[0-9a-f]{32}',
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and changes the team's campaigns, leads and activities, and sends through its mailboxes.",
      revoke: 'lemlist → Settings → Integrations → API → regenerate the key.',
      url: 'https://app.lemlist.com/settings/integrations',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
