/** Examples of the env-setter detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'env-setter.secret': {
    positive: [
      { text: `System.setProperty("PAYMENTS_API_TOKEN", "«${fake(B62, 32, 'es1')}»");`, path: 'src/main/java/com/acme/Bootstrap.java' },
      { text: `os.Setenv("DB_PASSWORD", "«${fake(B62, 10, 'es2')}7x»")`, path: 'cmd/server/main.go' },
      { text: `os.environ.setdefault("DJANGO_SECRET_KEY", "«${fake(B62, 40, 'es3')}»")`, path: 'app/settings.py' },
      { text: `Environment.SetEnvironmentVariable("STORAGE_ACCESS_KEY", "«${fake(B62, 44, 'es4')}»");`, path: 'Program.cs' },
      { text: `putenv("REPORTS_API_PASSWORD=«${fake(B62, 12, 'es5')}4q»");`, path: 'bootstrap.php' },
      { text: `std::env::set_var("GITHUB_TOKEN", "«${fake(B62, 36, 'es6')}»");`, path: 'src/main.rs' },
      // Test files are scanned by every detector; the finding carries test_file and does not block by default.
      { text: `monkeypatch.setenv("API_TOKEN", "«${fake(B62, 32, 'es7')}»")`, path: 'tests/test_client.py' },
    ],
    negative: [
      { text: 'System.setProperty("javax.net.ssl.trustStorePassword", "changeit");', path: 'App.java' },
      { text: 'os.Setenv("DB_PASSWORD", os.Getenv("PG_PASS"))', path: 'main.go' },
      { text: 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")', path: 'manage.py' },
      { text: 'os.environ.setdefault("SECRET_KEY", "dev-secret-key-change-me")', path: 'settings.py' },
      { text: 'System.setProperty("API_TOKEN", "${API_TOKEN}");', path: 'App.java' },
      { text: `System.setProperty("TOKEN_TTL_SECONDS", "3600");`, path: 'App.java' },
      { text: `os.Setenv("AUTH_URL", "https://auth.acme.io/oauth/token")`, path: 'main.go' },
    ],
  },
};
