/**
 * Hugging Face keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { alphabet, STORE_AI_PLATFORM_KEY, token, type Detector, type PostValidator } from '../kit/index.js';

const LETTERS = alphabet('A-Za-z');

const mixedCaseLetters: PostValidator = ({ value }) => {
  const body = value.slice(value.indexOf('_') + 1);
  return /[a-z]/.test(body) && /[A-Z]/.test(body) ? undefined : 'letters of one case only';
};

export const detectors: readonly Detector[] = [
  token({
    id: 'huggingface.user-token',
    title: 'Hugging Face access token',
    scope: 'document',
    // 34 letters only: `hf_` is also a common identifier prefix (`hf_hub_download`), never letters-only of this length.
    prefix: 'hf_',
    alphabet: LETTERS,
    length: 34,
    post: [mixedCaseLetters],
    guide: {
      grants:
        "Reads (and with write or fine-grained scopes, pushes to) the user's models, datasets and Spaces, including private and gated repositories; calls Inference Endpoints billed to them.",
      revoke: 'huggingface.co → Settings → Access Tokens → Manage → Invalidate and refresh (or Delete).',
      url: 'https://huggingface.co/settings/tokens',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
  token({
    id: 'huggingface.org-token',
    title: 'Hugging Face organization API token (deprecated)',
    scope: 'document',
    prefix: 'api_org_',
    alphabet: LETTERS,
    length: 34,
    post: [mixedCaseLetters],
    guide: {
      grants: "Acts on the organisation's models, datasets and Spaces with the token's role.",
      revoke:
        'Organization settings on huggingface.co → API token → regenerate; move to fine-grained user tokens (org tokens are deprecated).',
      url: 'https://huggingface.co/settings/tokens',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
