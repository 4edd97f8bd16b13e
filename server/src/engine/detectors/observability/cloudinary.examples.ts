/** Examples of the cloudinary detectors (test data: never imported by the runtime). */
import { alphabet, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cloudinary.url': {
    positive: [`CLOUDINARY_URL=cloudinary://${fake(alphabet('0-9'), 15, 'cl-key')}:«${fake(B64URL, 27, 'cl-secret')}»@ferrowind`],
    negative: [
      'CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>',
      'CLOUDINARY_URL=cloudinary://123456789012345:abcdefghijklmnopqrstuvwxyz1@demo',
    ],
  },
};
