/** betterstack (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  names,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'betterstack.token',
    title: 'Better Stack (Logtail / Uptime) token',
    keywords: ['betterstack', 'better_stack', 'better-stack', 'logtail'],
    pattern: () => leadThen([assignedTo(names('betterstack', 'better_stack', 'better-stack', 'logtail'))], '[A-Za-z0-9]{24}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.5,
    guide: {
      grants: 'Sends logs to the source (source tokens) or manages monitors, on-call and incidents (team API tokens).',
      revoke: "Better Stack → Settings → API tokens (or the source's settings) → revoke/regenerate.",
      url: 'https://betterstack.com/docs/uptime/api/getting-started-with-uptime-api/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
