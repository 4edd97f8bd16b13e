/**
 * Path patterns of other tools as leakproof globs (relative to the configuration's folder).
 * A path regex (gitleaks) is converted only when it is a literal path with the common decorations
 * — anchors, `(^|/)`, a leading `.*`, an extension alternation `\.(png|jpg)$` — and always into a
 * glob that matches no more than the regex did (an unescaped `.` is read as a literal dot): an
 * import must never allow more than the original. Anything else is reported, not guessed.
 */

const LITERAL_ESCAPE = /\\([./\-_ @#~+=,:])/g;

/** A literal path piece: letters, digits and path punctuation only (after unescaping). */
function literal(piece: string): string | undefined {
  const unescaped = piece.replace(LITERAL_ESCAPE, '$1');
  if (/[\\*+?()[\]{}|^$]/.test(unescaped)) return undefined;
  return unescaped;
}

export function regexToGlobs(regex: string): string[] | undefined {
  let body = regex;
  let anchoredStart = false;
  let anchoredEnd = false;
  if (body.startsWith('(^|/)') || body.startsWith('(?:^|/)')) body = body.slice(body.indexOf(')') + 1);
  else if (body.startsWith('^')) {
    anchoredStart = true;
    body = body.slice(1);
  }
  if (body.endsWith('$') && !body.endsWith('\\$')) {
    anchoredEnd = true;
    body = body.slice(0, -1);
  }
  // An extension alternation at the end: `\.(png|jpe?g)` is left out unless every branch is literal.
  let extensions: string[] | undefined;
  const alternation = /\\?\.\((?:\?:)?([A-Za-z0-9_|]+)\)$/.exec(body);
  if (alternation) {
    extensions = alternation[1]!.split('|');
    body = body.slice(0, alternation.index);
  }
  // `.*` before the name: any prefix within the name (`.*\.test\.ts$` → `*.test.ts`).
  let anyPrefix = '';
  if (body.startsWith('.*')) {
    body = body.slice(2);
    anyPrefix = '*';
  }
  const path = literal(body);
  if (path === undefined) return undefined;
  if (path === '' && !extensions) return undefined;
  const prefix = anchoredStart ? '' : '**/';
  if (extensions) {
    const ext = extensions.length > 1 ? `{${extensions.join(',')}}` : extensions[0]!;
    // `\.(png|jpg)$` alone: any file with that extension; after a path: exactly that name.
    return [`${prefix}${path === '' || path.endsWith('/') ? `${path}*` : `${anyPrefix}${path}`}.${ext}`];
  }
  const name = `${anyPrefix}${path}`;
  if (anchoredEnd) return [`${prefix}${name}`];
  // Unanchored end: the path, or a folder of that name.
  return name.endsWith('/') ? [`${prefix}${name}**`] : [`${prefix}${name}`, `${prefix}${name}/**`];
}

/**
 * One gitignore pattern as `scan.exclude` globs: a pattern with a slash (other than a trailing one)
 * is relative to the ignore file's folder, one without matches at any depth; a trailing slash means
 * folders only; a folder's contents go with it.
 */
export function gitignoreToGlobs(pattern: string): string[] {
  let body = pattern;
  const folderOnly = body.endsWith('/');
  if (folderOnly) body = body.slice(0, -1);
  const anchored = body.includes('/');
  if (body.startsWith('/')) body = body.slice(1);
  const glob = anchored || body.startsWith('**') ? body : `**/${body}`;
  return folderOnly || glob.endsWith('/**') ? [glob.endsWith('/**') ? glob : `${glob}/**`] : [glob, `${glob}/**`];
}
