/** Examples of the Docker detectors (test data: never imported by the runtime). */
import { B64URL, fake, fakeBasicAuth, toBase64, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'docker.hub-pat': {
    positive: [
      `echo «dckr_pat_${fake(B64URL, 27, 'd1')}» | docker login -u ferro --password-stdin`,
      `DOCKERHUB_TOKEN=«dckr_pat_${fake(B64URL, 27, 'd2')}»`,
      `DOCKER_ORG_TOKEN="«dckr_oat_${fake(B64URL, 32, 'd3')}»"`,
    ],
    negative: ['DOCKERHUB_TOKEN=dckr_pat_124509ugsdjga93', 'DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'docker.config-auth': {
    positive: [
      {
        text: `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "«${fakeBasicAuth('ferro', 'dc1')}»"\n    }\n  }\n}`,
        path: '.docker/config.json',
      },
      `.dockerconfigjson: '{"auths":{"ghcr.io":{"username":"bot","auth":"«${fakeBasicAuth('bot', 'dc2')}»"}}}'`,
      `"{\\"auths\\":{\\"registry.example.com\\":{\\"auth\\":\\"«${fakeBasicAuth('robot$ci', 'dc3')}»\\"}}}"`,
    ],
    negative: [
      '{"auths": {"https://index.docker.io/v1/": {}}, "credsStore": "desktop"}',
      `{"auths": {"r": {"auth": "${toBase64('onlyusername')}"}}}`,
      `{"auths": {"r": {"auth": "${toBase64('user:${REGISTRY_PASSWORD}')}"}}}`,
    ],
  },
};
