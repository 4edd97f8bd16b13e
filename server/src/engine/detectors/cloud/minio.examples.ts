/** Examples of the MinIO detectors (test data: never imported by the runtime). */
import { B62, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'minio.root-password': {
    positive: [
      `MINIO_ROOT_PASSWORD=«${fakeMixed(B62, 24, 'minio')}»`,
      `    environment:\n      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: "«${fakeMixed(B62, 16, 'minio2')}!»"`,
    ],
    negative: ['MINIO_ROOT_PASSWORD=minioadmin', 'MINIO_ROOT_PASSWORD=${MINIO_ROOT_PASSWORD}', 'MINIO_ROOT_USER=administrator'],
  },
};
