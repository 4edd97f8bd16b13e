/** splunk (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  ci,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  names,
  nameWith,
  STORE_IN_PLATFORM_SECRET_STORE,
  UUID,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'splunk.hec-token',
    title: 'Splunk HTTP Event Collector token',
    keywords: ['splunk', 'hec_token', 'hec-token', 'hectoken'],
    pattern: () =>
      leadThen(
        [`Splunk\\s+`, assignedTo([nameWith('splunk', 'token'), nameWith('splunk', 'hec'), `${ci('hec')}[_-]?${ci('token')}`])],
        UUID,
      ),
    guide: {
      grants: 'Sends events into the Splunk indexes the token allows (log injection, licence volume).',
      revoke: 'Splunk → Settings → Data inputs → HTTP Event Collector → the token → Disable/Delete, then create a new one.',
      url: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'splunk.observability-token',
    title: 'Splunk Observability (SignalFx) access token',
    keywords: ['signalfx', 'x-sf-token', 'sfx_', 'splunk_access_token', 'splunk_observability'],
    pattern: () =>
      leadThen([assignedTo(names('signalfx', 'x-sf-token', 'sfx_', 'splunk_access_token', 'splunk_observability'))], '[A-Za-z0-9_-]{22}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: {
      grants: 'Sends metrics and traces to the organisation and, for API tokens, reads and changes dashboards and detectors.',
      revoke: 'Splunk Observability → Settings → Access Tokens → the token → Rotate or Disable.',
      url: 'https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
