/**
 * Elasticsearch / OpenSearch credentials: URLs with a password and password settings (CREDENTIAL-FORMATS.md
 * §8). The highlight is always the password alone; user, host and port become parts (ENGINE.md "Multi-match
 * and multi-line secrets").
 */
import {
  PASSWORD_CHECKS,
  URI_PASSWORD_CHECKS,
  USER_VALUE,
  ciFragment,
  dbGuide,
  defineDetector,
  isAboutThePassword,
  isDefaultDbPassword,
  secretAssignment,
  settingCompanion,
  uriPattern,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'elasticsearch.uri',
    title: 'Elasticsearch / OpenSearch URL with password',
    keywords: ['elastic', 'kibana', 'logstash', 'opensearch', ':9200', ':9243', 'es.io', 'found.io'],
    pattern: () => uriPattern('https?'),
    // Only the built-in Elastic users, or an Elasticsearch endpoint; other http URLs are url.basic-auth's.
    post: [
      ...URI_PASSWORD_CHECKS,
      ({ groups, line }) =>
        /^(?:elastic|kibana(?:_system)?|logstash_system|logstash_internal|beats_system|apm_system|remote_monitoring_user|admin)$/i.test(
          groups.username ?? '',
        ) ||
        /(?:elastic|opensearch|\.es\.|\.es-|found\.io|elastic-cloud\.com|\bes\d*\.)/i.test(groups.host ?? '') ||
        /@[^\s/@]{1,253}:92(?:00|43)\b/.test(line)
          ? undefined
          : 'not an Elasticsearch endpoint',
    ],
    guide: dbGuide(
      "Read, write and delete the cluster's indices; the `elastic` superuser also manages users and settings.",
      'Reset the password (`bin/elasticsearch-reset-password -u <user>` or Kibana → Stack Management → Users); Elastic Cloud: reset in the deployment console.',
    ),
  }),
  defineDetector({
    id: 'elasticsearch.password',
    title: 'Elasticsearch / OpenSearch password',
    keywords: ['elastic', 'kibana', 'opensearch'],
    // `ELASTIC_PASSWORD` (docker image), `elasticsearch.password` (kibana.yml), `OPENSEARCH_INITIAL_ADMIN_PASSWORD`.
    pattern: () =>
      secretAssignment(
        ciFragment(
          '(?:elastic(?:search)?|kibana|opensearch)[_.-]?(?:initial[_.-]?)?(?:admin[_.-]?|system[_.-]?|user[_.-]?)?(?:pass(?:word)?|pwd)',
        ),
      ),
    post: [...PASSWORD_CHECKS, isAboutThePassword, isDefaultDbPassword],
    companions: [settingCompanion('username', 'user(?:name)?', USER_VALUE, 4, '(?:elastic(?:search)?|kibana|opensearch)')],
    guide: dbGuide(
      "Read, write and delete the cluster's indices with that user's roles (`elastic` is the superuser).",
      'Reset the password (`bin/elasticsearch-reset-password -u <user>` or Kibana → Stack Management → Users); Elastic Cloud: reset in the deployment console.',
    ),
  }),
];
