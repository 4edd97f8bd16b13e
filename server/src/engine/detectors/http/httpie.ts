/**
 * Credentials on an HTTPie / xh command line: `http -a user:password …`, `https --auth=user:password …`,
 * `xh -a user:password …` (HTTPie docs, "Authentication": `-a` takes `user:password` for Basic and
 * Digest auth). curl's `-u` is curl.user-credentials; without `:password` HTTPie prompts, which is safe.
 */
import { defineDetector, type Detector, type PostValidator } from '../kit/index.js';

/** `$PASS`, `${API_PASSWORD}`, `%PASS%` and sample passwords of docs (`user:pass`, `admin:password`). */
const isVariableOrSample: PostValidator = ({ value }) => {
  if (/^(?:\$|%[A-Za-z_]\w*%$)/.test(value)) return 'shell variable';
  return /^(?:pass(?:word|wd)?|secret|changeme|admin|test|1234(?:5(?:6)?)?|x+|\*+)$/i.test(value) ? 'sample password' : undefined;
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'httpie.auth-argument',
    title: 'Credentials in an HTTPie / xh -a user:password argument',
    keywords: ['-a', '--auth'],
    // The command word (`http`, `https`, `xh`, `xhs`) must stand alone, not be the scheme of a URL.
    pattern:
      /(?<![A-Za-z0-9_./:-])(?:https?|xhs?)[ \t]+(?:[^\r\n|;&]{0,200}?[ \t])?(?:-a|--auth)(?:[ \t]+|=)["']?(?<username>[^\s:"'$-][^\s:"']{0,127}):(?<secret>[^\s"'$][^\s"']{2,199})/,
    post: [isVariableOrSample],
    guide: {
      grants: 'Logs in to the API as that user; command lines also land in shell history, CI logs and process lists.',
      revoke:
        "Change the account's password or revoke the API key used as the password, then let HTTPie prompt (`-a user`) or use a session file outside the repository.",
      url: 'https://httpie.io/docs/cli/authentication',
    },
  }),
];
