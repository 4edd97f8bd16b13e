/**
 * Documentation and dev-stack defaults (issue 9 §2): passwords a person built from words that are
 * already on screen — the variable's own name, the file's path, the product, a handful of filler
 * words — plus leetspeak and a few sequential digits. `MYSQL_ROOT_PASSWORD=somewordpress` in
 * `wordpress/compose.yaml`, `keystore_password: cassandra` in `cassandra.yaml`,
 * `password = "SuperSecretPassw0rd"`, `password: jiraToken`, `test123456`. A random or
 * personal password is never spelled entirely from these words.
 */
import type { CandidateContext, PostValidator } from '../types.js';

/** Words documentation builds default passwords from: `some_pass`, `another_pw`, `UberSecretPassword`, `wrongpassword`. */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'admin root user pass password passwd pwd pw secret dev local test default guest changeit some another my your our super uber ' +
    'very strong top new old foo bar baz example demo sample dummy custom wrong invalid bad incorrect hello world welcome secure ' +
    'safe key token app db'
  ).split(' '),
);

/** Credential words that make a word-built identifier name a credential rather than hold one. */
const CREDENTIAL_WORDS: ReadonlySet<string> = new Set('pass password passwd pwd pw secret token key apikey passphrase'.split(' '));

/** The words of a name or a path: snake, kebab, dotted, camelCase and path segments, lower-cased. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/**
 * Words of the file's path (directories and file name, 4 letters or more): a product or sample
 * name (`wordpress/`, `cassandra.yaml`, `storageos-secret.yaml`), also as one word per segment
 * so that `storage-os/` still yields `storageos`.
 */
export function pathWords(path: string | undefined): string[] {
  if (!path) return [];
  const segments = path.split(/[/\\]/).map((segment) => segment.replace(/\.[A-Za-z0-9]{1,10}$/, ''));
  const words = segments.flatMap((segment) => [...wordsOf(segment), segment.toLowerCase().replace(/[^a-z]/g, '')]);
  return words.filter((word) => word.length >= 4 && word.length <= 40);
}

/** Whether `letters` (lower-case a–z only) is a concatenation of `words` (word break, linear × word count). */
function spelledFrom(letters: string, words: ReadonlySet<string>): boolean {
  if (letters.length === 0 || letters.length > 64) return false;
  const reachable = new Array<boolean>(letters.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < letters.length; i++) {
    if (!reachable[i]) continue;
    for (const word of words) if (letters.startsWith(word, i)) reachable[i + word.length] = true;
  }
  return reachable[letters.length]!;
}

/** Leetspeak folded onto letters: `Passw0rd`, `sc@l3I0`, `S3cr3t`. */
function unleet(value: string): string {
  return value
    .toLowerCase()
    .replace(/@/g, 'a')
    .replace(/\$/g, 's')
    .replace(/0/g, 'o')
    .replace(/1/g, 'i')
    .replace(/3/g, 'e')
    .replace(/4/g, 'a')
    .replace(/5/g, 's')
    .replace(/7/g, 't');
}

const DIGIT_SEQUENCES = ['01234567890', '1234567890', '9876543210'];

/** `123456`, `987654321`: digits people type in order. */
function isDigitRun(digits: string): boolean {
  return digits.length >= 3 && DIGIT_SEQUENCES.some((sequence) => sequence.includes(digits));
}

/** The vocabulary on screen for a candidate: its name's words and the filler words, and (apart) its path's words. */
function vocabularies(candidate: CandidateContext, extraName?: string): { named: Set<string>; withPath: Set<string> } {
  const named = new Set(FILLER_WORDS);
  for (const word of wordsOf(`${candidate.groups.name ?? ''} ${extraName ?? ''}`)) if (word.length >= 3) named.add(word);
  const withPath = new Set(named);
  for (const word of pathWords(candidate.path)) withPath.add(word);
  return { named, withPath };
}

/**
 * A password spelled only from the words on screen, possibly in leetspeak (`SuperSecretPassw0rd`):
 * from the name and filler words with at most four digits or a run of sequential digits
 * (`test123456`); with the path's words (`somewordpress` in `wordpress/`) only with no digits but a
 * sequential run — `Bastion!2024` on host `bastion-01` is a person's choice, not the product's default.
 */
export function isWordBuiltDefault(candidate: CandidateContext, extraName?: string): string | undefined {
  const { value } = candidate;
  if (value.length > 64 || !/^[A-Za-z0-9@$!#%&*.,:;?_+~ -]+$/.test(value)) return undefined;
  const letters = value.toLowerCase().replace(/[^a-z]/g, '');
  const digits = value.replace(/[^0-9]/g, '');
  if (letters.length < 3) return undefined;
  const { named, withPath } = vocabularies(candidate, extraName);
  if ((digits.length <= 4 || isDigitRun(digits)) && spelledFrom(letters, named)) return 'default built from words on screen';
  if ((digits.length === 0 || isDigitRun(digits)) && spelledFrom(letters, withPath)) return 'default built from the product or sample name';
  const folded = unleet(value).replace(/[^a-z0-9]/g, '');
  if (/^[a-z]+$/.test(folded) && folded !== letters && spelledFrom(folded, withPath))
    return 'default built from words on screen (leetspeak)';
  return undefined;
}

export const isWordBuiltPassword: PostValidator = (candidate) => isWordBuiltDefault(candidate);

/**
 * `jiraToken`, `custom_pass`, `invalid.token`, `sgc-passwd`: an identifier of a few words, one of
 * them a credential word — a name for the value, or a test's deliberately wrong one.
 */
export const isCredentialWordIdentifier: PostValidator = ({ value }) => {
  if (!/^[A-Za-z]+(?:[-_.]?[A-Za-z]+){0,4}$/.test(value) || value.length > 40) return undefined;
  const separated = /[-_.]/.test(value) || /^[a-z]+(?:[A-Z][a-z]+)+$/.test(value);
  if (!separated) return undefined;
  const words = wordsOf(value);
  return words.length >= 2 && words.length <= 5 && words.some((word) => CREDENTIAL_WORDS.has(word)) && words.every((w) => w.length <= 12)
    ? 'an identifier naming a credential'
    : undefined;
};

/** `whalehello`, `cassandra`: lower-case letters only, short enough to be one or two words — a dev-stack default. */
export const isPlainLowerCaseWord: PostValidator = ({ value }) =>
  /^[a-z]{3,12}$/.test(value) ? 'a plain lower-case word (a dev default)' : undefined;

/** `mpass2`, `xpass`, `pass123`: a credential word with a letter or two and a few digits around it. */
export const isDecoratedCredentialWord: PostValidator = ({ value }) =>
  /^[a-z]{0,2}(?:pass|password|passwd|pwd|secret|token)[a-z]{0,2}[0-9]{0,3}$/i.test(value) ? 'a credential word, decorated' : undefined;

/** `12345`, `abcd`, `987654321`: the whole value is one run of a keyboard or alphabet sequence. */
export const isWholeSequence: PostValidator = ({ value }) => {
  const lower = value.toLowerCase();
  if (lower.length < 4) return undefined;
  return ['abcdefghijklmnopqrstuvwxyz', '01234567890', '9876543210', 'qwertyuiopasdfghjklzxcvbnm', 'zyxwvutsrqponmlkjihgfedcba'].some(
    (sequence) => sequence.includes(lower),
  )
    ? 'a sequence of characters'
    : undefined;
};

/**
 * The text a Base64 value stands for, when it is Base64 of printable ASCII (a Kubernetes Secret
 * value, `echo -n … | base64`); undefined for anything else, random tokens included.
 */
export function printableBase64(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(value) || value.length % 4 !== 0 || value.length > 512) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  return decoded.length > 0 && /^[\x20-\x7e]+$/.test(decoded) ? decoded : undefined;
}

/**
 * Factory: a Base64 value of printable text is judged as its text too (issue 9, decoded values):
 * `password: cGFzc3dvcmQ=` in a Secret manifest is the word `password`.
 */
export function alsoDecoded(validators: readonly PostValidator[]): PostValidator {
  return (candidate) => {
    const decoded = printableBase64(candidate.value);
    if (decoded === undefined) return undefined;
    const plain = { ...candidate, value: decoded.trim(), groups: { ...candidate.groups, _quote: candidate.groups._quote || '"' } };
    if (plain.value.length === 0) return 'decoded: empty';
    for (const validator of validators) {
      const reason = validator(plain);
      if (reason !== undefined) return `decoded: ${reason}`;
    }
    return undefined;
  };
}
