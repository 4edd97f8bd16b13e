/**
 * OpenAI keys (CREDENTIAL-FORMATS.md §5): project / service-account / admin keys since 2024; every key
 * embeds `T3BlbkFJ` (base64 "OpenAI") between two random halves.
 */
import { B64URL, defineDetector, STORE_AI_PLATFORM_KEY, token, type Detector, type DetectorGuide } from '../kit/index.js';

const OPENAI_MARKER = 'T3BlbkFJ';

const openAiGuide = (grants: string, revoke: string): DetectorGuide => ({
  grants,
  revoke: `${revoke} OpenAI also revokes keys it finds in public repositories.`,
  url: 'https://platform.openai.com/api-keys',
  store: STORE_AI_PLATFORM_KEY,
});

function openAi(id: string, title: string, prefix: string, guide: DetectorGuide): Detector {
  return token({
    id,
    title,
    scope: 'document',
    // ~156 characters today; earlier keys of this family were shorter (48 + prefix).
    prefix,
    alphabet: B64URL,
    length: [40, 250],
    minEntropy: 4,
    guide,
  });
}

export const detectors: readonly Detector[] = [
  openAi(
    'openai.project-key',
    'OpenAI project API key',
    'sk-proj-',
    openAiGuide(
      'Calls every model and endpoint the project allows, billed to the organisation; can read files, assistants and fine-tunes stored in the project.',
      'platform.openai.com → your project → API keys → Revoke, then create a new key.',
    ),
  ),
  openAi(
    'openai.service-account-key',
    'OpenAI service account key',
    'sk-svcacct-',
    openAiGuide(
      'Acts as a project service account: calls the models and reads the project data the account is allowed to, billed to the organisation.',
      'platform.openai.com → project settings → Service accounts → delete the account or its key.',
    ),
  ),
  openAi(
    'openai.admin-key',
    'OpenAI organization admin key',
    'sk-admin-',
    openAiGuide(
      'Administers the organisation through the Admin API: invites and removes users, creates projects and API keys, reads usage and audit logs.',
      'platform.openai.com → Organization settings → Admin keys → delete the key.',
    ),
  ),
  defineDetector({
    id: 'openai.legacy-key',
    title: 'OpenAI API key (legacy user key)',
    confidence: 'high', // the T3BlbkFJ marker in the middle proves it
    keywords: [OPENAI_MARKER],
    scope: 'document',
    // `sk-` + 20 + T3BlbkFJ + 20 alphanumerics: the marker tells it from DeepSeek/Stability `sk-` keys.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sk-[A-Za-z0-9]{20}${OPENAI_MARKER}[A-Za-z0-9]{20})(?![A-Za-z0-9_-])`),
    guide: openAiGuide(
      'Calls the OpenAI API as the user who created it, on every organisation they belong to, billed to them.',
      'platform.openai.com → API keys → Revoke (legacy user keys can no longer be created).',
    ),
  }),
];
