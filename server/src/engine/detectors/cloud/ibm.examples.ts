/** Examples of the IBM Cloud detectors (test data: never imported by the runtime). */
import { B64URL, fake, fakeMixed, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ibm.cloud-api-key': {
    positive: [
      `IBMCLOUD_API_KEY=«${fakeMixed(B64URL, 44, 'ibm')}»`,
      `{\n  "apikey": "«${fakeMixed(B64URL, 44, 'ibm2')}»",\n  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage",\n  "iam_apikey_name": "writer"\n}`,
    ],
    negative: [`{"apikey": "${fakeMixed(B64URL, 44, 'ibm3')}"}`, 'IBMCLOUD_API_KEY=<ibm cloud api key here>'],
  },
  'ibm.cos-hmac-secret': {
    positive: [
      `"cos_hmac_keys": {\n  "access_key_id": "${fake(HEX, 32, 'cos-id')}",\n  "secret_access_key": "«${fake(HEX, 48, 'cos')}»"\n}`,
    ],
    negative: [`"secret_access_key": "${fake(HEX, 48, 'cos2')}"`, `"cos_hmac_keys": {"secret_access_key": "${'0'.repeat(48)}"}`],
  },
};
