/** elastic (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { alphabet, decodeBase64, defineDetector, type Detector, prefixedToken, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'elastic.api-key',
    title: 'Elasticsearch API key (ApiKey header)',
    keywords: ['apikey '],
    // `Authorization: ApiKey <base64 of id:api_key>`.
    pattern: /\bApiKey\s+(?<secret>[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=])/,
    post: [({ value }) => (/^[A-Za-z0-9_-]{16,40}:[A-Za-z0-9_-]{16,80}$/.test(decodeBase64(value)) ? undefined : 'not id:api_key')],
    guide: {
      grants: 'Queries and, depending on its role descriptors, writes or administers the Elasticsearch cluster.',
      revoke: 'Kibana → Stack Management → API keys → Invalidate (or `DELETE /_security/api_key`).',
      url: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-invalidate-api-key.html',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'elastic.cloud-api-key',
    title: 'Elastic Cloud API key',
    keywords: ['essu_'],
    scope: 'document',
    pattern: () => prefixedToken('essu_', alphabet('A-Za-z0-9+/='), [40, 200]),
    minEntropy: 4,
    guide: {
      grants: 'Manages the Elastic Cloud organisation: creates, resizes and deletes deployments, reads their credentials.',
      revoke: 'Elastic Cloud console → Organization → API keys → delete the key.',
      url: 'https://cloud.elastic.co/account/keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
