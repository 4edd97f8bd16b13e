/**
 * Spring Boot secrets: JWT signing secrets, datasource passwords, OAuth2 client secrets. None has a prefix, so
 * the pattern is anchored on the framework's own setting name, and template / placeholder values (the
 * framework's own defaults included) are negatives (CREDENTIAL-FORMATS.md §10).
 */
import {
  PASSWORD_CHECKS,
  SECRET_CHECKS,
  ciFragment,
  defineDetector,
  frameworkGuide,
  isDefaultDbPassword,
  secretAssignment,
  yamlNested,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'spring.jwt-secret',
    title: 'JWT secret in a Spring application.yml',
    keywords: ['jwt'],
    scope: 'document',
    // `jwt:` section with a nested `secret:` / `secret-key:` (application.yml); flat `jwt.secret=` is
    // jwt.signing-secret's.
    pattern: () =>
      yamlNested(String.raw`[A-Za-z0-9_-]{0,20}jwt[A-Za-z0-9_-]{0,20}`, '(?:secret|secret-key|secretKey|signing-key|key)', {
        min: 10,
        max: 512,
      }),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    guide: frameworkGuide(
      'Mints valid tokens for the Spring application: impersonate any user or role.',
      'Generate a new random secret, inject it from the environment (`${JWT_SECRET}`), redeploy; issued tokens are invalidated.',
    ),
  }),
  defineDetector({
    id: 'spring.datasource-password',
    title: 'Spring Boot datasource / service password',
    keywords: ['spring.', 'spring_'],
    // `spring.datasource.password=`, `spring.data.mongodb.password`, `spring.rabbitmq.password` …, and the
    // relaxed-binding env form `SPRING_DATASOURCE_PASSWORD`.
    pattern: () =>
      secretAssignment(
        ciFragment(
          'spring[_.](?:datasource(?:[_.][a-z]{2,20})?|r2dbc|flyway|liquibase|data[_.](?:mongodb|redis|elasticsearch|couchbase|cassandra|neo4j)|redis|rabbitmq|elasticsearch|neo4j(?:[_.]authentication)?|couchbase|cassandra|ldap|activemq|artemis|kafka[_.](?:properties[_.])?sasl|influx)[_.]password',
        ),
        { prefix: false, min: 3, max: 200 },
      ),
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    companions: [
      {
        name: 'username',
        pattern: /spring[_.][A-Za-z_.]{0,40}(?:username|user)[ \t]*[:=][ \t]*["']?(?<value>[A-Za-z0-9_.@-]{1,64})/i,
        withinLines: 6,
      },
      {
        name: 'host',
        pattern:
          /spring[_.][A-Za-z_.]{0,40}(?:url|uri|host)[ \t]*[:=][ \t]*["']?(?:jdbc:[a-z0-9]+:(?:\/\/)?|[a-z]+:\/\/)?(?<value>[A-Za-z0-9_.-]{1,253})/i,
        withinLines: 6,
      },
    ],
    guide: frameworkGuide(
      "Access to the database or broker with that user's rights.",
      "Change the user's password on the database/broker, inject the new one through the environment (`${DB_PASSWORD}`) or Spring Cloud Vault, and redeploy.",
    ),
  }),
  defineDetector({
    id: 'spring.oauth2-client-secret',
    title: 'Spring Security OAuth2 client secret',
    keywords: ['client-secret', 'client_secret', 'clientsecret'],
    // `spring.security.oauth2.client.registration.<id>.client-secret=…`.
    pattern: () =>
      secretAssignment(
        String.raw`spring\.security\.oauth2\.client\.registration\.[A-Za-z0-9_-]{1,40}\.client-secret|SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_[A-Z0-9_]{1,40}_CLIENT_SECRET`,
        { prefix: false, min: 8, max: 200 },
      ),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    guide: frameworkGuide(
      'Lets anyone complete OAuth flows as your application and exchange authorisation codes for user tokens.',
      "Rotate the client secret in the identity provider's console (GitHub, Google, Okta, Keycloak …), then update the application.",
    ),
  }),
];
