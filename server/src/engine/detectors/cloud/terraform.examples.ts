/** Examples of the HashiCorp Terraform detectors (test data: never imported by the runtime). */
import { B62, B64URL, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'terraform.cloud-token': {
    positive: [
      `{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "«${fakeMixed(B62, 14, 'tfc1')}.atlasv1.${fakeMixed(B64URL, 67, 'tfc2')}»"\n    }\n  }\n}`,
      `TF_TOKEN_app_terraform_io=«${fakeMixed(B62, 14, 'tfc3')}.atlasv1.${fakeMixed(B64URL, 67, 'tfc4')}»`,
    ],
    negative: [
      'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      'the .atlasv1. separator marks Terraform Cloud tokens',
    ],
  },
  'terraform.state-random-password': {
    positive: [
      `{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "db",\n  "instances": [\n    {\n      "attributes": {\n        "length": 32,\n        "result": "«${fakeMixed(B62, 32, 'tfpw')}»",\n        "special": true\n      }\n    }\n  ]\n}`,
    ],
    negative: [
      '{ "type": "random_password", "instances": [ { "attributes": { "length": 32 } } ] }',
      '{ "type": "random_id", "instances": [ { "attributes": { "result": "abcdef" } } ] }',
    ],
  },
};
