/** doppler (CREDENTIAL-FORMATS.md §7, secret managers and identity). */
import { defineDetector, type Detector, hasOneCharacterClass, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

// Doppler — `dp.<type>.` + 40–44 alphanumerics (docs: service tokens).
function doppler(id: string, title: string, type: string, grants: string, revoke: string, slug = false): Detector {
  const prefix = `dp.${type}.`;
  return defineDetector({
    id,
    title,
    keywords: [prefix],
    scope: 'document',
    // Service tokens may carry the config slug: `dp.st.prd.<token>`.
    pattern: () =>
      new RegExp(
        `(?<![A-Za-z0-9_.-])(?<secret>dp\\.${type}\\.${slug ? '(?:[a-z0-9_-]{1,40}\\.)?' : ''}[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])`,
      ),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(c.value.lastIndexOf('.') + 1) })],
    guide: { grants, revoke, url: 'https://docs.doppler.com/docs/service-tokens', store: STORE_IN_SECRET_MANAGER },
  });
}

export const detectors: readonly Detector[] = [
  doppler(
    'doppler.service-token',
    'Doppler service token',
    'st',
    'Reads (and if write-enabled, changes) every secret of one Doppler config.',
    'Doppler → project → config → Access → revoke the service token (irreversible), after deploying a replacement.',
    true,
  ),
  doppler(
    'doppler.personal-token',
    'Doppler personal token',
    'pt',
    'Acts as the user on every workplace project and config they can access: reads and changes secrets.',
    'Doppler → Account → Tokens → revoke the token.',
  ),
  doppler(
    'doppler.cli-token',
    'Doppler CLI token',
    'ct',
    'Acts as the user who ran `doppler login`: reads and changes secrets of their projects.',
    '`doppler logout --revoke`, or Doppler → Account → Tokens → revoke the CLI token.',
  ),
  doppler(
    'doppler.service-account-token',
    'Doppler service account token',
    'sa',
    'Acts as the service account on the projects and configs its role allows.',
    'Doppler → Team → Service Accounts → the account → API tokens → revoke.',
  ),
  doppler(
    'doppler.scim-token',
    'Doppler SCIM token',
    'scim',
    'Provisions and removes workplace users and groups (SCIM).',
    'Doppler → Settings → SCIM → regenerate the token.',
  ),
  doppler(
    'doppler.audit-token',
    'Doppler audit token',
    'audit',
    'Reads the workplace audit log (who accessed or changed which secrets).',
    'Doppler → Settings → Audit → revoke the token.',
  ),
];
