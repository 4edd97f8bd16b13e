// lint-staged configuration with leakproof: copy to lint-staged.config.mjs at the repository root
// (or merge the entry into yours). lint-staged appends the matched staged files to the command;
// `leakproof scan --staged FILES…` scans the staged content (the index) of exactly those files and
// reports only the lines the commit adds. Bypass once: git commit --no-verify, or LEAKPROOF_SKIP=1.
export default {
  // Every file: secrets hide in .env, YAML, JSON, scripts and docs as much as in code.
  '*': 'leakproof scan --staged',
};
