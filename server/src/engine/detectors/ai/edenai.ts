/**
 * Eden AI credentials. Shape: a JWT: 36-character header, payload, 43-character HS256 signature (XCHK: KF edenai.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'edenai.api-key',
    title: 'Eden AI API key',
    keywords: ['edenai', 'eden_ai', 'eden-ai', 'eden.ai'],
    providers: [phrase('eden ai')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: 'eyJ[A-Za-z0-9_-]{33}\\.eyJ[A-Za-z0-9_-]{60,400}\\.[A-Za-z0-9_-]{43}',
    guide: {
      grants: 'Calls every AI provider Eden AI aggregates (text, image, OCR, speech) billed to the Eden AI account credits.',
      revoke: 'Eden AI app → Account → API key → regenerate (the key is a JWT; the old one is invalidated).',
      url: 'https://app.edenai.run/admin/account/settings',
    },
  }),
];
