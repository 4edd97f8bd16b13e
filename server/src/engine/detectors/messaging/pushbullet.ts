/** pushbullet (push notifications): messaging and notifications. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'pushbullet.api-key',
    title: 'Pushbullet access token',
    keywords: ['pushbullet'],
    providers: [phrase('pushbullet')],
    kinds: ['key', 'token', 'secret'],
    // `o.` + 32 [A-Za-z0-9] under a `pushbullet` name (`o.` alone is too short to trust).
    value: 'o\\.[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the user: sends pushes and SMS through their devices, reads their pushes and contacts.',
      revoke: 'pushbullet.com → Settings → Account → Access Tokens → revoke all tokens.',
      url: 'https://www.pushbullet.com/#settings/account',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
