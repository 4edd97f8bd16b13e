/** wolfram (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, phrase, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'wolfram.app-id',
    title: 'Wolfram|Alpha AppID',
    keywords: ['wolfram'],
    pattern: () => assignment(providerNames(['wolfram'], [...names('appid', 'key'), phrase('app id')]), '[A-Z0-9]{6}-[A-Z0-9]{10}'),
    guide: {
      grants: "Calls the Wolfram|Alpha APIs on the AppID's (possibly paid) monthly quota.",
      revoke: 'developer.wolframalpha.com → My Apps → the app → delete it and create a new AppID.',
      url: 'https://developer.wolframalpha.com/access',
    },
  }),
];
