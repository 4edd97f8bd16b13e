/**
 * A guard in front of the JSON-RPC reader on byte-stream transports (stdio). vscode-jsonrpc's
 * reader buffers whatever `Content-Length` announces, without a cap, and on a malformed header
 * (`Content-Length: abc`) it reports an error and then waits forever for a frame it can never
 * find again: an unresponsive server the editor cannot tell from a busy one (issue 8, "Hangs").
 *
 * This stream checks each frame's header before anything of its body is buffered and passes the
 * frame through unchanged. A violation is final: on a byte stream the framing cannot be found
 * again (the body of a bad frame looks like anything), so the stream stops forwarding and reports
 * once; the server logs a clear line and exits non-zero, and the editor restarts it.
 */
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Largest message accepted. The biggest legitimate one is a `didOpen`/`didChange` of a whole file:
 * the scan limit (`leakproof.maxFileSize`) is far below this even after JSON escaping.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** A header block is a line or two; anything longer is not LSP. */
export const MAX_HEADER_BYTES = 8 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n');

export interface FrameGuardOptions {
  readonly maxMessageBytes?: number;
  /** Called once, with a message that never quotes the body. */
  readonly onViolation: (problem: string) => void;
}

export class FrameGuard extends Transform {
  private header = Buffer.alloc(0);
  /** Body bytes still to pass through; -1 while reading a header. */
  private bodyLeft = -1;
  private violated = false;
  private readonly maxMessageBytes: number;
  private readonly onViolation: (problem: string) => void;

  constructor(options: FrameGuardOptions) {
    super();
    this.maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
    this.onViolation = options.onViolation;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let data = chunk;
    while (data.length > 0 && !this.violated) {
      if (this.bodyLeft >= 0) {
        const take = Math.min(this.bodyLeft, data.length);
        this.push(data.subarray(0, take));
        this.bodyLeft -= take;
        data = data.subarray(take);
        if (this.bodyLeft === 0) this.bodyLeft = -1;
        continue;
      }
      // Header bytes: look for the blank line, searching only where it can newly appear.
      const searchFrom = Math.max(0, this.header.length - (HEADER_END.length - 1));
      this.header = Buffer.concat([this.header, data]);
      const end = this.header.indexOf(HEADER_END, searchFrom);
      if (end === -1) {
        if (this.header.length > MAX_HEADER_BYTES) this.fail(`a message header longer than ${MAX_HEADER_BYTES} bytes`);
        data = Buffer.alloc(0);
        continue;
      }
      const headerBlock = this.header.subarray(0, end + HEADER_END.length);
      const rest = this.header.subarray(end + HEADER_END.length);
      this.header = Buffer.alloc(0);
      const length = this.contentLength(headerBlock.subarray(0, end).toString('ascii'));
      if (length === undefined) break;
      this.push(headerBlock);
      this.bodyLeft = length;
      if (length === 0) this.bodyLeft = -1;
      data = rest;
    }
    callback();
  }

  /** The announced body length, or undefined after reporting why the header is unacceptable. */
  private contentLength(block: string): number | undefined {
    let value: string | undefined;
    for (const line of block.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) {
        this.fail(`a malformed header line (${describe(line)})`);
        return undefined;
      }
      if (line.slice(0, colon).trim().toLowerCase() === 'content-length') value = line.slice(colon + 1).trim();
    }
    if (value === undefined) {
      this.fail('a message without a Content-Length header');
      return undefined;
    }
    // parseInt would accept `12abc` and `-5`: only plain decimal digits frame a message.
    if (!/^\d{1,16}$/.test(value)) {
      this.fail(`Content-Length ${describe(value)} is not a byte count`);
      return undefined;
    }
    const length = Number(value);
    if (length > this.maxMessageBytes) {
      this.fail(`a message of ${length} bytes exceeds the limit of ${this.maxMessageBytes} bytes`);
      return undefined;
    }
    return length;
  }

  private fail(problem: string): void {
    if (this.violated) return;
    this.violated = true;
    this.header = Buffer.alloc(0);
    this.onViolation(problem);
  }
}

/**
 * A header fragment for a log line. After a framing error the "header" may be document text (a
 * secret), so only a very short value is quoted; anything longer is described by its size.
 */
function describe(text: string): string {
  if (text.length <= 8) return JSON.stringify(text.replace(/[^\x20-\x7e]/g, '?'));
  return `of ${text.length} characters`;
}
