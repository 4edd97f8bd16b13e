/** mapquest (maps API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mapquest.api-key',
    title: 'MapQuest API key',
    keywords: ['mapquest'],
    providers: [phrase('mapquest')],
    kinds: ['key', 'token', 'secret'],
    // 32 [A-Za-z0-9] under a `mapquest` name.
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls MapQuest geocoding, directions and maps APIs billed to the account's transactions.",
      revoke: 'developer.mapquest.com → Manage Keys → the app → delete the key or create a new app.',
      url: 'https://developer.mapquest.com/user/me/apps',
    },
  }),
];
