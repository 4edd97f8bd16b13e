/** Examples of the Spring detectors (test data: never imported by the runtime). */
import { B62, B64, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'spring.jwt-secret': {
    positive: [`security:\n  jwt:\n    expiration: 3600\n    secret: «${fake(B64, 64, 'sj1')}»`],
    negative: ['jwt:\n  secret: ${JWT_SECRET}', 'jwt:\n  secret: your-256-bit-secret'],
  },
  'spring.datasource-password': {
    positive: [
      `spring.datasource.url=jdbc:postgresql://orders-db.prod.internal:5432/orders\nspring.datasource.username=orders\nspring.datasource.password=«${fake(B62, 18, 'sp1')}»`,
      `SPRING_RABBITMQ_PASSWORD=«${fake(B62, 18, 'sp2')}»`,
    ],
    negative: ['spring.datasource.password=${DB_PASSWORD}', 'spring.datasource.password=', 'spring.datasource.password=postgres'],
  },
  'spring.oauth2-client-secret': {
    positive: [
      `spring.security.oauth2.client.registration.github.client-id=${fake(HEX, 20, 'cid')}\nspring.security.oauth2.client.registration.github.client-secret=«${fake(HEX, 40, 'cs')}»`,
    ],
    negative: ['spring.security.oauth2.client.registration.google.client-secret=${GOOGLE_CLIENT_SECRET}'],
  },
};
