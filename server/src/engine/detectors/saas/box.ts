/** box (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, hasOneCharacterClass, phrase, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'box.client-secret',
    title: 'Box client secret or developer token',
    keywords: ['box_', 'box-', 'box.', 'boxclient', 'boxdeveloper', 'boxaccess', 'boxapp', 'boxapi'],
    pattern: () =>
      assignment(
        providerNames(
          ['box'],
          [phrase('client secret'), phrase('developer token'), phrase('access token'), phrase('app secret'), phrase('api key')],
          true,
        ),
        '[A-Za-z0-9]{32}',
      ),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants:
        "With the client ID, runs OAuth / client-credentials flows as the Box app (enterprise apps can reach every user's files); a developer token acts as the developer for 60 minutes.",
      revoke:
        'Box Developer Console → the app → Configuration → Reset the client secret; developer tokens: Configuration → Developer Token → Revoke.',
      url: 'https://app.box.com/developers/console',
    },
  }),
];
