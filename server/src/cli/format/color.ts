/**
 * Whether text output is coloured: `--no-color` and NO_COLOR (https://no-color.org: any non-empty
 * value) turn it off; FORCE_COLOR (non-empty, not "0" or "false") turns it on where there is no
 * terminal (CI logs that render ANSI); otherwise only a terminal gets colour, never a file.
 */
export function useColor(options: { noColorFlag: boolean; toFile: boolean }, stream: { isTTY?: boolean }, env = process.env): boolean {
  if (options.noColorFlag || options.toFile) return false;
  if ((env.NO_COLOR ?? '') !== '') return false;
  const force = (env.FORCE_COLOR ?? '').trim().toLowerCase();
  if (force !== '' && force !== '0' && force !== 'false') return true;
  return stream.isTTY === true;
}

export const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
