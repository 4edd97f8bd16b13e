/** Examples of the Kubernetes detectors (test data: never imported by the runtime). */
import { B62, B64, fake, fakeJwt, fakeMixed, fakeUuid, HEX, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

const K8S_SA_JWT = fakeJwt(
  {
    iss: 'kubernetes/serviceaccount',
    'kubernetes.io/serviceaccount/namespace': 'ci',
    'kubernetes.io/serviceaccount/secret.name': 'deployer-token-x7k2p',
    'kubernetes.io/serviceaccount/service-account.name': 'deployer',
    sub: 'system:serviceaccount:ci:deployer',
  },
  'k8s-legacy',
  { alg: 'RS256', kid: 'k8s' },
);

const K8S_BOUND_JWT = fakeJwt(
  {
    aud: ['https://kubernetes.default.svc'],
    exp: 1893456000,
    iss: 'https://oidc.eks.eu-west-1.amazonaws.com/id/5C0D1F3B9A7E4D2C8B6A',
    'kubernetes.io': { namespace: 'payments', serviceaccount: { name: 'api', uid: fakeUuid('k8s-uid') } },
    sub: 'system:serviceaccount:payments:api',
  },
  'k8s-bound',
  { alg: 'RS256', kid: 'bound' },
);

const PLAIN_JWT = fakeJwt({ sub: 'user-42', name: 'Ada', iat: 1700000000 }, 'plain');

const KUBE_CLIENT_KEY = Buffer.from(
  `${'-'.repeat(5)}BEGIN EC PRIVATE KEY${'-'.repeat(5)}\n${Buffer.from(fake(B62, 90, 'kck')).toString('base64')}\n${'-'.repeat(5)}END EC PRIVATE KEY${'-'.repeat(5)}\n`,
).toString('base64');

const K8S_SECRET_PASSWORD = Buffer.from(`${fakeMixed(B62, 20, 'k8s-pw')}`).toString('base64');

const K8S_SECRET_API = Buffer.from(`${fakeMixed(B62, 32, 'k8s-api')}`).toString('base64');

export const examples: ExampleTable = {
  'kubernetes.service-account-token': {
    positive: [
      `users:\n- name: deployer\n  user:\n    token: «${K8S_SA_JWT}»`,
      `curl -H "Authorization: Bearer «${K8S_BOUND_JWT}»" https://kubernetes.default.svc/api`,
    ],
    negative: [`token: ${PLAIN_JWT}`],
  },
  'kubernetes.kubeconfig-client-key': {
    positive: [
      `users:\n- name: admin\n  user:\n    client-certificate-data: ${fake(B64, 80, 'cert')}\n    client-key-data: «${KUBE_CLIENT_KEY}»`,
    ],
    negative: ['    client-key-data: REDACTED', '    client-key-data: ${CLIENT_KEY_DATA}'],
  },
  'kubernetes.bootstrap-token': {
    positive: [
      `kubeadm join 10.0.0.10:6443 --token «${fake(LOWER_DIGITS, 6, 'bt1')}.${fake(LOWER_DIGITS, 16, 'bt2')}» --discovery-token-ca-cert-hash sha256:${fake(HEX, 64, 'ca')}`,
    ],
    negative: ['kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef', 'kubeadm token create --print-join-command'],
  },
  'kubernetes.secret-data': {
    positive: [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: mqtt\ntype: Opaque\ndata:\n  MQTT_USERNAME: ${Buffer.from('telemetry').toString('base64')}\n  MQTT_PASSWORD: «${K8S_SECRET_PASSWORD}»\n  API_SECRET: «${K8S_SECRET_API}»`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  api-secret: «${K8S_SECRET_API}»\n`,
      `apiVersion: v1\nkind: Secret\ntype: "kubernetes.io/storageos"\ndata:\n  apiUsername: ${Buffer.from('storageos').toString('base64')}\n  apiPassword: «${K8S_SECRET_PASSWORD}»`,
    ],
    negative: [
      `apiVersion: v1\nkind: Secret\ndata:\n  username: ${Buffer.from('admin').toString('base64')}\n  password: ${Buffer.from('admin').toString('base64')}`,
      `apiVersion: v1\nkind: ConfigMap\ndata:\n  token: ${K8S_SECRET_API}`,
      `apiVersion: v1\nkind: Secret\nstringData:\n  password: changeme\nmetadata:\n  annotations:\n    checksum: ${K8S_SECRET_API}`,
      // camelCase user and address keys; the password is the product the Secret type names.
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: storageos-secret\ntype: "kubernetes.io/storageos"\ndata:\n  apiAddress: ${Buffer.from('tcp://127.0.0.1:5705').toString('base64')}\n  apiUsername: ${Buffer.from('storageos').toString('base64')}\n  apiPassword: ${Buffer.from('storageos').toString('base64')}`,
      `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/scaleio\ndata:\n  password: ${Buffer.from('sCaleio123').toString('base64')}`,
      `apiVersion: v1\nkind: Secret\ntype: "kubernetes.io/iscsi-chap"\ndata:\n  node.session.auth.username_in: ${Buffer.from('muser2').toString('base64')}\n  azurestorageaccountname: ${Buffer.from('k8stest').toString('base64')}`,
      // Decoded values pass the password filters too: a decorated credential word, a product name in leetspeak.
      `apiVersion: v1\nkind: Secret\ndata:\n  node.session.auth.password_in: ${Buffer.from('mpass2').toString('base64')}`,
      {
        text: `apiVersion: v1\nkind: Secret\ndata:\n  username: ${Buffer.from('siouser').toString('base64')}\n  password: ${Buffer.from('sc@l3I0').toString('base64')}`,
        path: 'volumes/scaleio/secret.yaml',
      },
      // Decoded values pass the example filters: a sequence.
      `apiVersion: v1\nkind: Secret\ndata:\n  api-token: ${Buffer.from('abcdefgh12345678').toString('base64')}`,
    ],
  },
};
