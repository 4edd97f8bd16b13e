/** RabbitMQ / AMQP connection URIs with a password (CREDENTIAL-FORMATS.md §8). */
import { URI_PASSWORD_CHECKS, dbGuide, uri, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'amqp.uri',
    title: 'RabbitMQ / AMQP URI with password',
    schemes: 'amqps?|rabbitmq',
    keywords: ['amqp', 'rabbitmq'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      "Publish and consume messages on the broker's virtual hosts that the user can reach; with management rights, change the broker.",
      '`rabbitmqctl change_password <user> <new>` (or delete the user); CloudAMQP/Amazon MQ: rotate in the console.',
    ),
  }),
];
