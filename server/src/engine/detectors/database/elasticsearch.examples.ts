/** Examples of the Elasticsearch detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'elasticsearch.uri': {
    positive: [
      `ELASTICSEARCH_URL=https://elastic:«${pw('es1')}»@logs-prod.es.eu-west-1.aws.found.io:9243`,
      `hosts: ["https://ingest:«${pw('es2')}»@search-01.internal:9200"]`,
    ],
    negative: [
      'ELASTICSEARCH_URL=http://elastic:changeme@localhost:9200',
      'ELASTICSEARCH_URL=https://logs-prod.es.eu-west-1.aws.found.io:9243',
    ],
  },
  'elasticsearch.password': {
    positive: [`ELASTIC_PASSWORD=«${pw('elp')}»`, `elasticsearch.username: "kibana_system"\nelasticsearch.password: "«${pw('elk')}»"`],
    negative: ['ELASTIC_PASSWORD=changeme', 'elasticsearch.password: ${ES_PASSWORD}'],
  },
};
