/**
 * Credentials on curl command lines (`-u user:password`, `--user`, `--proxy-user`).
 *
 * A broad format: `precedence: -1`, so that a provider's own detector (a GitHub token in a URL, a
 * database URI, a Stripe key in a Basic header) wins de-duplication.
 */
import { PASSWORD_CHECKS, credentialGuide, defineDetector, shorterThan, type Detector, type PostValidator } from '../kit/index.js';

/**
 * The `-u` must belong to a curl command: `curl` earlier in the same command, with no command
 * separator (`;`, `|`, `&`, an unescaped line break, or `", "` between string literals) in between.
 */
const isNotInCurlCommand: PostValidator = ({ text, range }) => {
  const before = text.slice(Math.max(0, range[0] - 800), range[0]);
  const at = before.search(/\bcurl(?:\.exe)?\b(?![\s\S]*\bcurl\b)/);
  if (at === -1) return 'not a curl command';
  const between = before.slice(at);
  return /[;|&]|[^\\^`\r]\r?\n|["'][ \t]*,[ \t]*["']/.test(between) ? 'not the same command as curl' : undefined;
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'curl.user-credentials',
    title: 'Credentials in curl -u / --user',
    keywords: ['curl'],
    scope: 'document',
    // `curl -u user:password` / `--user user:password` / `-U` (proxy) — the command may be continued over lines.
    pattern:
      /(?<=\s)(?:-u|--user|-U|--proxy-user)(?:[ \t]+|=)?(?<_q>["']?)(?<username>[^\s:"'$-][^\s:"'$]{0,127}):(?<secret>[^\s"']{1,200})/,
    post: [isNotInCurlCommand, ...PASSWORD_CHECKS, shorterThan(3)],
    precedence: -1,
    guide: credentialGuide(
      'Logs in to the endpoint as that user; command lines also land in shell history, CI logs and process lists.',
      'Change the account\'s password or revoke the API key, and pass credentials with `--netrc-file` or `-u "$USER:$PASS"` from the environment.',
    ),
  }),
];
