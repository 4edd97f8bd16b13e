/** optimizely (experimentation): observability and analytics. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'optimizely.api-key',
    title: 'Optimizely personal access token',
    keywords: ['optimizely'],
    providers: [phrase('optimizely')],
    kinds: ['key', 'token', 'secret'],
    // 54 [0-9A-Za-z:-] under an `optimizely` name; SDK keys (22 characters, shipped to browsers) do not fit.
    value: '[0-9A-Za-z:-]{54}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the user on projects, experiments, feature flags and environments through the REST API.',
      revoke: 'Optimizely → Profile → API Access → revoke the token.',
      url: 'https://app.optimizely.com/v2/profile/api',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
