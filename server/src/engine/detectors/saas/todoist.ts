/** todoist (long tail of providers, issue 9 §3): Todoist. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'todoist.api-key',
    title: 'Todoist API key',
    keywords: ['todoist'],
    providers: [phrase('todoist')],
    kinds: ['key', 'token', 'secret'],
    // 40 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{40}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and changes all of the user's Todoist projects, tasks, comments and labels.",
      revoke: 'Todoist → Settings → Integrations → Developer → Issue a new API token.',
      url: 'https://app.todoist.com/app/settings/integrations/developer',
    },
  }),
];
