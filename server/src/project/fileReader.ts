/**
 * The one way Leakproof reads a file from disk (CLI scans, the workspace scan, configuration files).
 *
 * Between listing a file and reading it, the path may have become a FIFO, a device or a huge file
 * (an attacker's tree, or plain bad luck). So the file is opened non-blocking (opening a FIFO
 * without a writer would otherwise wait forever), checked with fstat on the open descriptor (what
 * we read is what we checked: no window for a swap), and its size is checked before any byte is
 * read. Reading stops at the size fstat reported, so a file growing meanwhile cannot exhaust memory.
 */
import { decodeBytes } from '../engine/pre-validators/encoding.js';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** O_NONBLOCK does not exist on Windows, where opening a FIFO does not block anyway. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type FileRead =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-regular' }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'unreadable'; readonly code: string };

/** Reads a regular file of at most `maxSize` bytes; anything else is described, never thrown. */
export function readRegularFile(path: string | Buffer, maxSize: number): FileRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    // ENXIO: a FIFO or socket that cannot be opened without a peer; still "not a regular file".
    if (code === 'ENXIO') return { kind: 'not-regular' };
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-regular' };
    if (stat.size > maxSize) return { kind: 'too-large', size: stat.size };
    const bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (read === 0) break; // the file shrank meanwhile: what is there is what we scan
      filled += read;
    }
    return { kind: 'bytes', bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    closeSync(fd);
  }
}

/** Why a FileRead holds no bytes, in words for skip lists and error messages. */
export function describeFailedRead(read: Exclude<FileRead, { kind: 'bytes' }>, maxSize: number): string {
  switch (read.kind) {
    case 'missing':
      return 'no such file';
    case 'not-regular':
      return 'not a regular file (FIFO, socket, device or folder)';
    case 'too-large':
      return `too large: ${read.size} bytes exceeds the limit of ${maxSize}`;
    case 'unreadable':
      return `unreadable (${read.code})`;
  }
}

/**
 * Decodes file bytes for scanning: UTF-8, UTF-16 or UTF-32 (by BOM or byte pattern — what Windows
 * PowerShell 5 writes by default), BOM dropped; invalid sequences become U+FFFD, never an exception.
 * `binary` only when the decoded text is mostly control characters: a stray NUL does not make a file
 * binary (issue 8 item 2).
 */
export function decodeFile(bytes: Buffer): { readonly kind: 'text'; readonly text: string } | { readonly kind: 'binary' } {
  const decoded = decodeBytes(bytes);
  return decoded.kind === 'text' ? { kind: 'text', text: decoded.text } : { kind: 'binary' };
}

/** Text the user asked for explicitly (standard input): decoded as above, a binary's bytes as UTF-8. */
export function decodeText(bytes: Buffer): string {
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'text') return decoded.text;
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
