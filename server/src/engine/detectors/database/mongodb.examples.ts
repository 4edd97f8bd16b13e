/** Examples of the Mongodb detectors (test data: never imported by the runtime). */
import { HEX, alphabet, fake, fakeUuid, fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mongodb.uri': {
    positive: [
      `MONGO_URL=mongodb+srv://api:«${pw('mg1')}»@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority`,
      `mongoose.connect('mongodb://svc:«${pw('mg2')}»@mongo-0.mongo:27017,mongo-1.mongo:27017/app?replicaSet=rs0')`,
    ],
    negative: [
      'mongodb://localhost:27017/app',
      'mongodb+srv://api:<db_password>@cluster0.ab1cd.mongodb.net/',
      'mongodb://admin:admin@localhost:27017',
    ],
  },
  'mongodb.atlas-service-account-secret': {
    positive: [
      `MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 'mid')}\nMONGODB_ATLAS_CLIENT_SECRET=«mdb_sa_sk_${fake(alphabet('A-Za-z0-9_-'), 40, 'msk')}»`,
    ],
    negative: [`MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 'mid2')}`],
  },
  'mongodb.atlas-api-private-key': {
    positive: [`MONGODB_ATLAS_PUBLIC_KEY=${fake(alphabet('a-z'), 8, 'apk')}\nMONGODB_ATLAS_PRIVATE_KEY=«${fakeUuid('atlas')}»`],
    negative: ['MONGODB_ATLAS_PRIVATE_KEY=${ATLAS_PRIVATE_KEY}'],
  },
};
