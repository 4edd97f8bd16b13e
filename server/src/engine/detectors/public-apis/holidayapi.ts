/**
 * Holiday credentials. Shape: UUID (XCHK: KF holidayapi.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'holidayapi.api-key',
    title: 'Holiday API key',
    keywords: ['holidayapi', 'holiday_api', 'holiday-api', 'holiday.api'],
    providers: [phrase('holiday api')],
    // `<NAME>_API_KEY`: the name's own `API` is the provider's, so a bare `key` kind follows it.
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token', 'key'],
    value: UUID,
    post: [hasRunOf(8)],
    guide: {
      grants: 'Calls Holiday API on the paid plan of the account.',
      revoke: 'holidayapi.com dashboard → regenerate the API key.',
      url: 'https://holidayapi.com/dashboard',
    },
  }),
];
