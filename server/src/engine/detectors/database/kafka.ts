/**
 * Kafka SASL credentials: JAAS configs and `sasl.password` settings. The highlight is always the password
 * alone; user, host and port become parts (ENGINE.md "Multi-match and multi-line secrets").
 */
import { PASSWORD_CHECKS, ciFragment, dbGuide, defineDetector, isAboutThePassword, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'kafka.sasl-jaas-password',
    title: 'Kafka SASL JAAS config with password',
    keywords: ['loginmodule'],
    // `sasl.jaas.config=…PlainLoginModule required username="…" password="…";` (Kafka docs, SASL/PLAIN, SCRAM).
    pattern: /LoginModule[ \t]+required[^;\r\n]{0,300}?(?<![A-Za-z0-9_])password[ \t]*=[ \t]*\\?["'](?<secret>[^"'\\\r\n]{1,200})\\?["']/,
    post: [...PASSWORD_CHECKS],
    companions: [
      { name: 'username', pattern: /(?<![A-Za-z0-9_])username[ \t]*=[ \t]*\\?["'](?<value>[^"'\\\r\n]{1,128})\\?["']/, withinLines: 0 },
    ],
    guide: dbGuide(
      'Produce to and consume from the Kafka cluster as that principal (Confluent Cloud: an API key with its ACLs).',
      'Confluent Cloud → API keys → delete the key and create a new one; self-managed: change the SCRAM credential (`kafka-configs --alter --delete-config SCRAM-SHA-512`) or the PLAIN JAAS file.',
      'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/manage-api-keys.html',
    ),
  }),
  defineDetector({
    id: 'kafka.sasl-password',
    title: 'Kafka SASL password setting',
    keywords: ['sasl.pass', 'sasl_pass', 'sasl-pass', 'saslpass', 'kafka_pass', 'kafka.pass', 'kafka_sasl_pass'],
    // librdkafka `sasl.password`, Spring `spring.kafka.properties.sasl.password`, env `KAFKA_SASL_PASSWORD`.
    pattern: () => secretAssignment(ciFragment('(?:sasl|kafka(?:_sasl)?)[_.-]?pass(?:word)?'), { max: 200 }),
    post: [...PASSWORD_CHECKS, isAboutThePassword],
    companions: [
      {
        name: 'username',
        pattern: /(?:sasl|kafka)[_.-]?(?:user(?:name)?|api[_.-]?key)["']?[ \t]*[:=][ \t]*["']?(?<value>[A-Za-z0-9_.@-]{1,128})/i,
        withinLines: 4,
      },
    ],
    guide: dbGuide(
      'Produce to and consume from the Kafka cluster as that principal.',
      'Confluent Cloud → API keys → delete and recreate; self-managed: rotate the SCRAM/PLAIN credential.',
    ),
  }),
];
