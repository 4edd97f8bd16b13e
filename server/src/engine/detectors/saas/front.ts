/**
 * Front credentials. Shape: CREDENTIAL-FORMATS.md §3 (JWT-like: 36-character header + `.` + 188–244 characters; XCHK: KF front.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'front.api-token',
    title: 'Front API token',
    keywords: ['front'],
    providers: [`${phraseAfterNonLetter('front')}(?![Ee][Nn][Dd])`],
    kinds: ['api token', 'api key', 'access token', 'token'],
    // A 36-character JWT header (`eyJ` + 33), `.`, then payload and signature. `frontend` names are not Front.
    value: 'eyJ[A-Za-z0-9]{33}\\.[A-Za-z0-9._-]{188,244}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Calls Front's core API with the token's scopes: reads and sends messages from shared inboxes, edits contacts, tags and rules.",
      revoke: 'Front → Settings → Developers → API tokens → the token → Revoke.',
      url: 'https://dev.frontapp.com/docs/create-and-revoke-api-tokens',
    },
  }),
];
