/** servicenow (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, ci, defineDetector, type Detector, hasOneCharacterClass, type PostValidator, providerNames } from '../kit/index.js';

/** `process.env.X`, `settings.SERVICENOW_PASSWORD`, `SN_PASSWORD`: a reference to the secret, not the secret. */
const isCodeReference: PostValidator = ({ value }) =>
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)
    ? 'code or environment reference'
    : undefined;

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'servicenow.credential',
    title: 'ServiceNow password or OAuth client secret',
    keywords: ['servicenow', 'service_now', 'snow_'],
    // Free-form: any non-space run without quotes or brackets; a digit/letter mix keeps `os.getenv` out.
    pattern: () =>
      assignment(
        providerNames(
          ['servicenow', 'service_now', 'snow_'],
          ['pass', 'secret', 'token', 'pwd'].map((x) => ci(x)),
        ),
        '[^\\s"\'`<>(){}\\[\\],;]{8,128}',
      ),
    minEntropy: 3.0,
    post: [hasOneCharacterClass, isCodeReference],
    guide: {
      grants:
        'Signs in to the ServiceNow instance as that account or OAuth application: reads and changes every record its roles allow (incidents, CMDB, users, credentials in workflows).',
      revoke:
        "Change the account's password (User Administration → Users); for an OAuth client, System OAuth → Application Registry → the entry → regenerate the client secret, and revoke issued tokens in System OAuth → Manage Tokens.",
      url: 'https://docs.servicenow.com',
    },
  }),
];
