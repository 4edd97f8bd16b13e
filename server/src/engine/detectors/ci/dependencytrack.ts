/**
 * OWASP Dependency-Track credentials. Shape: `odt_` + 32 or more base62 (XCHK: KF dependency_track.yml).
 */
import { B62, type Detector, lacksLetterAndDigit, token } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'dependencytrack.api-key',
    title: 'OWASP Dependency-Track API key',
    prefix: 'odt_',
    alphabet: B62,
    length: [32, 255],
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Calls the Dependency-Track server's REST API with the team's permissions: uploads SBOMs, reads every project's vulnerabilities and can change policies.",
      revoke:
        'Dependency-Track → Administration → Access Management → Teams → the team → API Keys → delete the key and generate a new one.',
      url: 'https://docs.dependencytrack.org/integrations/rest-api/',
    },
  }),
];
