/**
 * CloudConvert credentials. Shape: a JWT (XCHK: KF cloudconvert.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, JWT, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'cloudconvert.api-key',
    title: 'CloudConvert API key',
    keywords: ['cloudconvert', 'cloud_convert', 'cloud-convert', 'cloud.convert'],
    providers: [phrase('cloud convert')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: JWT,
    guide: {
      grants: 'Runs conversion jobs billed to the account credits and reads their input and output files (user data).',
      revoke: 'CloudConvert → Dashboard → Authorization → API keys → delete the key.',
      url: 'https://cloudconvert.com/dashboard/api/v2/keys',
    },
  }),
];
