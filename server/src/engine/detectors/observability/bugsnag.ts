/** bugsnag (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'bugsnag.api-key',
    title: 'Bugsnag (Insight Hub) API key',
    keywords: ['bugsnag'],
    pattern: () => leadThen([assignedTo(names('bugsnag'))], `(?:[0-9a-f]{32}|${UUID})`),
    post: [
      ({ value }) =>
        value.includes('-') || (/[0-9]/.test(value) && /[a-f]/.test(value)) ? undefined : 'hex without both letters and digits',
    ],
    guide: {
      grants:
        "Sends errors to the project (notifier keys) or reads and changes the organisation's projects and error data (personal auth tokens).",
      revoke: 'Bugsnag → Project settings → regenerate the notifier API key; personal tokens: My account → Personal auth tokens → revoke.',
      url: 'https://docs.bugsnag.com/product/getting-started/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
