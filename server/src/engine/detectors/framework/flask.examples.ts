/** Examples of the Flask detectors (test data: never imported by the runtime). */
import { B62, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'flask.secret-key': {
    positive: [
      `app = Flask(__name__)\napp.secret_key = b"«${fake(HEX, 32, 'fl1')}»"`.replace('b"«', '"«'),
      `app.config["SECRET_KEY"] = "«${fake(B62, 32, 'fl2')}»"`,
      `FLASK_SECRET_KEY=«${fake(B62, 40, 'fl3')}»`,
    ],
    negative: [
      "app.secret_key = 'dev'",
      'app.secret_key = os.urandom(24)',
      "app.config['SECRET_KEY'] = os.environ.get('SECRET_KEY')",
      'app.secret_key = "super secret key"',
    ],
  },
};
