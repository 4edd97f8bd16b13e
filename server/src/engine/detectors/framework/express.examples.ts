/** Examples of the Express detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'express.session-secret': {
    positive: [
      `app.use(session({\n  name: 'sid',\n  secret: '«${fake(B62, 32, 'ex1')}»',\n  resave: false,\n}));`,
      `app.use(cookieParser("«${fake(B62, 24, 'ex2')}»"));`,
      `app.use(cookieSession({ name: 'session', keys: ['«${fake(B62, 24, 'ex3')}»', 'key2'] }));`,
    ],
    negative: [
      "app.use(session({ secret: 'keyboard cat', resave: false }))",
      'app.use(session({ secret: process.env.SESSION_SECRET }))',
      "app.use(session({ secret: 'secret' }))",
    ],
  },
};
