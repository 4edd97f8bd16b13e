/** Examples of the AMQP detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'amqp.uri': {
    positive: [
      `CLOUDAMQP_URL=amqps://ingest:«${pw('mq1')}»@rat.rmq2.cloudamqp.com/ingest`,
      `broker_url = "amqp://worker:«${pw('mq2')}»@rabbitmq.prod.internal:5672/jobs"`,
    ],
    negative: ['amqp://guest:guest@localhost:5672/', 'amqp://guest:guest@rabbitmq:5672', 'amqp://user:pass@localhost/'],
  },
};
