/**
 * Dropbox Sign (HelloSign) credentials. Shape: 64 characters of [A-Za-z0-9+/-] (XCHK: KF hellosign.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'hellosign.api-key',
    title: 'Dropbox Sign (HelloSign) API key',
    keywords: ['hellosign', 'hello_sign', 'hello-sign', 'hello.sign', 'dropboxsign', 'dropbox_sign', 'dropbox-sign', 'dropbox.sign'],
    providers: [phrase('hello sign'), phrase('dropbox sign')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9+/-]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Sends signature requests as the account, downloads signed documents and reads templates and team data.',
      revoke: 'Dropbox Sign → Settings → API → the key → delete it (generate a new one first).',
      url: 'https://app.hellosign.com/home/myAccount#api',
    },
  }),
];
