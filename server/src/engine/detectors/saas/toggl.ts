/** toggl (long tail of providers, issue 9 §3): Toggl Track. */
import { contextual, type Detector, isNotMixedHex, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'toggl.api-key',
    title: 'Toggl Track API key',
    keywords: ['toggl'],
    providers: [phraseAfterNonLetter('toggl')],
    kinds: ['key', 'token', 'secret'],
    // 32 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{32}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and changes the user's Toggl Track time entries, projects and workspace reports.",
      revoke: 'Toggl Track → Profile settings → API Token → Reset.',
      url: 'https://track.toggl.com/profile',
    },
  }),
];
