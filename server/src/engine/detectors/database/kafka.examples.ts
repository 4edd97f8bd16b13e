/** Examples of the Kafka detectors (test data: never imported by the runtime). */
import { alphabet, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'kafka.sasl-jaas-password': {
    positive: [
      `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${fake(alphabet('A-Z0-9'), 16, 'ck')}" password="«${fake(alphabet('A-Za-z0-9+/'), 64, 'cs')}»";`,
    ],
    negative: [
      'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{{ CLUSTER_API_KEY }}" password="{{ CLUSTER_API_SECRET }}";',
      'sasl.jaas.config=...ScramLoginModule required username="alice" password="<secret>";',
    ],
  },
  'kafka.sasl-password': {
    positive: [
      `bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092\nsasl.username=${fake(alphabet('A-Z0-9'), 16, 'ck2')}\nsasl.password=«${fake(alphabet('A-Za-z0-9+/'), 64, 'cs2')}»`,
    ],
    negative: ['sasl.password=${KAFKA_PASSWORD}', 'KAFKA_SASL_PASSWORD=<api-secret>'],
  },
};
