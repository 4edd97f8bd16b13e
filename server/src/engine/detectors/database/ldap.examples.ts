/** Examples of the LDAP detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ldap.bind-password': {
    positive: [
      `LDAP_BIND_DN=cn=svc-gitlab,ou=services,dc=corp,dc=acme,dc=io\nLDAP_BIND_PASSWORD=«${pw('ldp')}»`,
      `  bindPassword: "«${pw('ldq')}»"`,
    ],
    negative: ['LDAP_ADMIN_PASSWORD=admin', 'bindPassword: ${LDAP_BIND_PASSWORD}'],
  },
};
