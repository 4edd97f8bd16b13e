/** Examples of the imagekit detectors (test data: never imported by the runtime). */
import { B64, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'imagekit.private-key': {
    positive: [
      `IMAGEKIT_API_KEY=«private_${fake(B64, 27, 'ik')}=»`,
      `new ImageKit({ publicKey: "public_${fake(B64, 28, 'ik-pub')}", privateKey: "«private_${fake(B64, 27, 'ik2')}=»", urlEndpoint: "https://ik.imagekit.io/ferrowind" })`,
    ],
    negative: ['IMAGEKIT_API_KEY=${IMAGEKIT_API_KEY}', `IMAGEKIT_PUBLIC_KEY=public_${fake(B64, 28, 'ik-pub2')}`],
  },
};
