/** Examples of the Django detectors (test data: never imported by the runtime). */
import { alphabet, fake, type ExampleTable } from '../kit/examples.js';

/** A Django `get_random_secret_key()`-shaped fake: 50 chars from Django's alphabet, template-free. */
const DJANGO = alphabet('a-z0-9!@#^&*_=+-');

export const examples: ExampleTable = {
  'django.secret-key': {
    positive: [
      // `django-insecure-…` keys match too, but the shared isPlaceholder currently rejects `insecure-`
      // (reported to the lead), so this example uses a regular key.
      { text: `SECRET_KEY = '«${fake(DJANGO, 50, 'dj1')}»'`, path: 'mysite/settings.py' },
      `DJANGO_SECRET_KEY=«${fake(DJANGO, 50, 'dj2')}»`,
      `from django.conf import global_settings\n\nSECRET_KEY = "«${fake(DJANGO, 50, 'dj3')}»"`,
    ],
    negative: [
      { text: "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", path: 'mysite/settings.py' },
      { text: "SECRET_KEY = env('SECRET_KEY')", path: 'mysite/settings.py' },
      'DJANGO_SECRET_KEY=your-secret-key',
      { text: `SECRET_KEY = "${fake(DJANGO, 50, 'dj4')}"`, path: 'app/config.py' },
    ],
  },
};
