/** lightstep (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  ci,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  nameWith,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'lightstep.access-token',
    title: 'Lightstep (ServiceNow Cloud Observability) access token',
    keywords: ['lightstep'],
    pattern: () =>
      leadThen(
        [
          assignedTo([nameWith('lightstep', 'token'), nameWith('lightstep', 'key')]),
          `${ci('lightstep-access-token')}["']?\\s*[:=]\\s*["']?`,
        ],
        '[A-Za-z0-9+/=]{32,200}',
      ),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    guide: {
      grants: 'Sends traces and metrics to the project (access tokens) or calls the project API (API keys).',
      revoke: 'Cloud Observability → Project settings → Access tokens → delete the token.',
      url: 'https://docs.lightstep.com/docs/create-and-manage-access-tokens',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
