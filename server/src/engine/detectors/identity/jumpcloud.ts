/** jumpcloud (directory platform): secret managers and identity. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'jumpcloud.api-key',
    title: 'JumpCloud API key',
    keywords: ['jumpcloud'],
    providers: [phrase('jumpcloud')],
    kinds: ['key', 'token', 'secret'],
    // 40 [A-Za-z0-9] under a `jumpcloud` name; the key carries the administrator's full rights.
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the administrator who owns the key on the JumpCloud directory: users, groups, devices, policies, SSO applications.',
      revoke: 'JumpCloud Admin Portal → account menu → My API Key → Generate New API Key (the old key stops working).',
      url: 'https://console.jumpcloud.com/',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
