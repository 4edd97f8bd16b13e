/** Examples of the GitHub detectors (test data: never imported by the runtime). */
import { fake } from '../../fake.js';
import { B62, HEX, base62Crc32Tail, type ExampleTable } from '../kit/examples.js';

/** A checksummed fake: 30 random base62 characters + their CRC32 tail (also the client's walkthrough sample). */
export function fakeGithubToken(prefix: string, salt = ''): string {
  const entropy = fake(B62, 30, `${prefix}${salt}`);
  return `${prefix}${entropy}${base62Crc32Tail(entropy)}`;
}

function classic(prefix: string) {
  const good = fakeGithubToken(prefix);
  const bad = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
  return {
    positive: [`GITHUB_TOKEN=«${good}»`, `headers = {"Authorization": "token «${fakeGithubToken(prefix, 'b')}»"}`],
    negative: [`GITHUB_TOKEN=${bad}`, `token = "${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`],
  };
}

export const examples: ExampleTable = {
  'github.pat-classic': classic('ghp_'),
  'github.oauth-token': classic('gho_'),
  'github.user-to-server-token': classic('ghu_'),
  'github.refresh-token': classic('ghr_'),
  'github.app-installation-token': {
    positive: [`git clone https://x-access-token:«${fakeGithubToken('ghs_')}»@github.com/org/repo.git`],
    negative: [`token: ghs_${'0'.repeat(36)}`],
  },
  'github.pat-fine-grained': {
    positive: [`export GH_TOKEN=«github_pat_11${fake(B62, 20, 'fg1')}_${fake(B62, 59, 'fg2')}»`],
    negative: ['github_pat_ is the prefix of fine-grained tokens', `github_pat_11${'x'.repeat(20)}_${'x'.repeat(59)}`],
  },
  'github.oauth-client-secret': {
    positive: [`GITHUB_CLIENT_SECRET=«${fake(HEX, 40, 'gh-secret')}»`],
    negative: [`GITHUB_CLIENT_ID=${fake(HEX, 20, 'id')}`, `github_sha = "${fake(HEX, 40, 'sha')}"`],
  },
};
