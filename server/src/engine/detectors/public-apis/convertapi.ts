/**
 * ConvertAPI credentials. Shape: 16 base62 (XCHK: KF convertapi.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasOneCharacterClass, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'convertapi.secret',
    title: 'ConvertAPI secret',
    keywords: ['convertapi', 'convert_api', 'convert-api', 'convert.api'],
    providers: [phrase('convert api')],
    // `<NAME>_API_KEY`: the name's own `API` is the provider's, so a bare `key` kind follows it.
    kinds: ['api secret', 'secret', 'api key', 'api token', 'token', 'key'],
    value: '[A-Za-z0-9]{16}',
    post: [lacksLetterAndDigit, hasOneCharacterClass],
    guide: {
      grants: 'Converts files billed to the ConvertAPI account seconds.',
      revoke: 'ConvertAPI → Account → Authentication → regenerate the secret.',
      url: 'https://www.convertapi.com/a/auth',
    },
  }),
];
