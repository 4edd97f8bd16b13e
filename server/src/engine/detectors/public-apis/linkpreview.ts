/** linkpreview (link-preview API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'linkpreview.api-key',
    title: 'LinkPreview API key',
    keywords: ['linkpreview'],
    providers: [phrase('linkpreview')],
    kinds: ['key', 'token', 'secret'],
    // 32 [A-Za-z0-9] under a `linkpreview` name.
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Fetches link previews on the account's quota.",
      revoke: 'my.linkpreview.net → Access keys → delete the key and create a new one.',
      url: 'https://my.linkpreview.net/access_keys',
    },
  }),
];
