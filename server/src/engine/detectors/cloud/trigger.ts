/** trigger (long tail of providers, issue 9 §3): Trigger.dev background-jobs platform. */
import { bodyHasOneCharacterClass, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'trigger.secret-key',
    title: 'Trigger.dev environment secret key',
    keywords: ['tr_dev_', 'tr_stg_', 'tr_prod_', 'tr_preview_'],
    // `tr_dev_` / `tr_stg_` / `tr_prod_` / `tr_preview_` [+ `sk_` for named keys] + ≥ 20 letters and digits (Trigger.dev docs:
    // API keys page, TRIGGER_SECRET_KEY). The public keys (`pk_dev_` …) are not matched.
    body: 'tr_(?:dev|stg|prod|preview)_(?:sk_)?[A-Za-z0-9]{20,64}',
    post: [bodyHasOneCharacterClass('tr_')],
    guide: {
      grants:
        "Triggers and cancels tasks, reads runs, logs and payloads and (per the key's scope) deploys versions and reads and writes environment variables of that project environment.",
      revoke: 'Trigger.dev dashboard → the project → API keys → revoke the key (environments with a single key: regenerate it).',
      url: 'https://trigger.dev/docs/apikeys',
    },
  }),
  token({
    id: 'trigger.pat',
    title: 'Trigger.dev personal access token',
    keywords: ['tr_pat_'],
    // `tr_pat_` + ≥ 20 letters and digits: a user-scoped token spanning every project (Trigger.dev docs).
    body: 'tr_pat_[A-Za-z0-9]{20,64}',
    post: [bodyHasOneCharacterClass('tr_pat_')],
    guide: {
      grants: 'Acts as the user across all their Trigger.dev projects: deploys, runs, environment variables.',
      revoke: 'Trigger.dev → account menu → Personal Access Tokens → revoke.',
      url: 'https://cloud.trigger.dev/account/tokens',
    },
  }),
];
