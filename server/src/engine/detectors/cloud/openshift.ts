/** OpenShift credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { B64URL, lacksMixedClasses, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'openshift.user-token',
    title: 'OpenShift OAuth user token',
    prefix: 'sha256~',
    alphabet: B64URL,
    length: 43,
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: "Acts as the OpenShift user on the cluster (kubectl/oc), with the user's RBAC roles, until the token expires.",
      revoke: '`oc get oauthaccesstokens` then `oc delete oauthaccesstoken <name>` (or log out of the session that issued it).',
      url: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html',
      store: 'Let `oc login` keep it in the kubeconfig outside the repository; use service-account tokens from a secret store in CI.',
    },
  }),
];
