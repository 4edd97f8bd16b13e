/** airbrake (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, isNotMixedHex, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'airbrake.api-key',
    title: 'Airbrake project / user key',
    keywords: ['airbrake'],
    pattern: () => leadThen([assignedTo(names('airbrake'))], `(?:[0-9a-f]{40}|[0-9a-f]{32})`),
    post: [isNotMixedHex],
    guide: {
      grants: 'Sends errors to the project (project key) or calls the Airbrake API as the user (user key).',
      revoke: 'Airbrake → Project settings → regenerate the project key; user keys: Profile → regenerate.',
      url: 'https://docs.airbrake.io/docs/devops-tools/api/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
