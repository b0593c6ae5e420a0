import type { Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { AuditEvent, AuditOrigin } from '../../model/audit/event.js';
import { RecordsSplitter } from './cloudtrail/records.js';

/**
 * What every audit-log reader shares (CloudTrail, Azure Activity Log, GCP Cloud Audit Logs): inputs are
 * files, folders (recursively, in name order), gzip files and stdin (`-`); the format of each input is
 * recognised from its content, not its name: a document whose records sit in one array (streamed record
 * by record), or one JSON value per line. Events stream out one at a time; a bad file or record is
 * reported through `onError` and skipped, and the rest is read.
 */
export interface ReadOptions {
  readonly onError: (e: LogInputError) => void;
  /** Events before this time (ms since the epoch) are skipped. */
  readonly since?: number;
  /** Standard input, for `-` (tests pass their own stream). */
  readonly stdin?: Readable;
}

/** A problem with one input: the file, and the record index when one record was bad. */
export interface LogInputError {
  readonly file: string;
  readonly record?: number;
  readonly message: string;
}

export function formatLogInputError(e: LogInputError): string {
  return `${e.file}${e.record !== undefined ? ` record ${e.record}` : ''}: ${e.message}`;
}

/** How one provider's log files look. */
export interface LogFormat {
  readonly normalize: (raw: unknown, origin: AuditOrigin) => AuditEvent | string;
  /** Keys of a top-level object whose array holds the records (`Records`), recognised as the document's first key. */
  readonly arrayKeys: readonly string[];
  /** Whether a document that is itself an array holds the records. */
  readonly topLevelArray: boolean;
  /** The records one line carries: an envelope's payload, a batch of records, or the value itself. */
  readonly lineRecords: (parsed: unknown) => readonly unknown[];
  /** For formats whose lines always carry exactly one record (CloudTrail): that record, without a list per line. */
  readonly lineRecord?: (parsed: unknown) => unknown;
}

/** Bytes read at a time (64 KiB: larger chunks keep more events alive at once and cost more in GC than they save). */
const READ_CHUNK = 1 << 16;

const LOG_FILE = /\.(json|jsonl|ndjson|json\.gz|jsonl\.gz|gz)$/i;

export async function* readLogs(inputs: readonly string[], format: LogFormat, opts: ReadOptions): AsyncGenerator<AuditEvent> {
  for await (const batch of readLogBatches(inputs, format, opts)) yield* batch;
}

/**
 * The same events in batches (those of one chunk of input): a consumer that handles millions of events
 * pays one asynchronous step per chunk instead of one per event.
 */
export async function* readLogBatches(inputs: readonly string[], format: LogFormat, opts: ReadOptions): AsyncGenerator<AuditEvent[]> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readLogStreamBatches(opts.stdin ?? process.stdin, '-', format, opts);
      continue;
    }
    let st: Stats;
    try {
      st = await stat(input);
    } catch (e) {
      opts.onError({ file: input, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    if (st.isDirectory()) {
      for await (const file of walk(input, opts)) yield* readLogStreamBatches(fileChunks(file), file, format, opts);
    } else yield* readLogStreamBatches(fileChunks(input), input, format, opts);
  }
}

/**
 * A file's bytes in chunks, with the next read already in flight while the caller works on the current
 * chunk: a stream reads only when asked, and on a million-event file the wait for each read adds up.
 */
async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const file = await open(path, 'r');
  let next: Promise<{ bytesRead: number; buffer: Buffer }> | undefined;
  try {
    next = file.read(Buffer.allocUnsafe(READ_CHUNK), 0, READ_CHUNK, null);
    for (;;) {
      const { bytesRead, buffer } = await next;
      next = undefined;
      if (bytesRead === 0) return;
      next = file.read(Buffer.allocUnsafe(READ_CHUNK), 0, READ_CHUNK, null);
      yield bytesRead < buffer.length ? buffer.subarray(0, bytesRead) : buffer;
    }
  } finally {
    // A consumer that stops early leaves a read in flight: let it settle before the file closes.
    await next?.catch(() => undefined);
    await file.close();
  }
}

/** Log files under a folder, depth first in name order (date-named folders and files sort by time). */
async function* walk(dir: string, opts: ReadOptions): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    opts.onError({ file: dir, message: `cannot list: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, opts);
    else if (e.isFile() && LOG_FILE.test(e.name)) yield p;
  }
}

/** Sniffs gzip by its magic bytes, then the JSON shape by the first non-blank character and key. */
export async function* readLogStream(input: Readable, file: string, format: LogFormat, opts: ReadOptions): AsyncGenerator<AuditEvent> {
  for await (const batch of readLogStreamBatches(input, file, format, opts)) yield* batch;
}

export async function* readLogStreamBatches(input: AsyncIterable<Buffer>, file: string, format: LogFormat, opts: ReadOptions): AsyncGenerator<AuditEvent[]> {
  let text: AsyncIterable<string>;
  try {
    text = await decoded(input);
  } catch (e) {
    opts.onError({ file, message: `cannot read: ${(e as Error).message}` });
    return;
  }
  const it = text[Symbol.asyncIterator]();
  // Enough of the start to recognise the format, however the input is chunked.
  let head = '';
  try {
    for (let n = await it.next(); !n.done; n = await it.next()) {
      head += n.value;
      if (head.length >= 256) break;
    }
  } catch (e) {
    opts.onError({ file, message: `cannot read: ${(e as Error).message}` });
    return;
  }
  if (head === '') return;
  const chunks = prepend(head, { [Symbol.asyncIterator]: () => it });
  const start = head.trimStart();
  const key = start.startsWith('{') ? format.arrayKeys.find((k) => new RegExp(`^\\{\\s*"${k}"\\s*:`).test(start)) : undefined;
  if (key !== undefined) yield* fromArray(chunks, new RecordsSplitter(key), file, format, opts);
  else if (format.topLevelArray && start.startsWith('[')) yield* fromArray(chunks, new RecordsSplitter(null), file, format, opts);
  else yield* fromLines(chunks, file, format, opts);
}

async function* prepend(head: string, rest: AsyncIterable<string>): AsyncGenerator<string> {
  yield head;
  yield* rest;
}

/**
 * The stream as text, gunzipped when it starts with the gzip magic number. Plain input is decoded straight
 * from the file's chunks (no intermediate stream): this is the hot path of million-event files.
 */
async function decoded(input: AsyncIterable<Buffer>): Promise<AsyncIterable<string>> {
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  const bytes: AsyncIterable<Buffer> = (async function* () {
    if (!first.done) yield first.value;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  })();
  const gz = !first.done && first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b;
  const source: AsyncIterable<Buffer> = gz ? (Readable.from(bytes).pipe(createGunzip()) as AsyncIterable<Buffer>) : bytes;
  return (async function* () {
    const decoder = new StringDecoder('utf8');
    for await (const b of source) {
      const text = decoder.write(b);
      if (text) yield text;
    }
    const tail = decoder.end();
    if (tail) yield tail;
  })();
}

function accept(ev: AuditEvent | string, file: string, index: number, opts: ReadOptions, prefix = ''): AuditEvent | undefined {
  if (typeof ev === 'string') {
    opts.onError({ file, record: index, message: `${prefix}${ev}` });
    return undefined;
  }
  if (opts.since !== undefined && ev.time < opts.since) return undefined;
  return ev;
}

async function* fromArray(chunks: AsyncIterable<string>, splitter: RecordsSplitter, file: string, format: LogFormat, opts: ReadOptions): AsyncGenerator<AuditEvent[]> {
  try {
    for await (const chunk of chunks) {
      const batch: AuditEvent[] = [];
      for (const rec of splitter.push(chunk)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(rec.text);
        } catch (e) {
          opts.onError({ file, record: rec.index, message: `invalid JSON: ${(e as Error).message}` });
          continue;
        }
        const ev = accept(format.normalize(parsed, { file, index: rec.index }), file, rec.index, opts);
        if (ev) batch.push(ev);
      }
      if (batch.length > 0) yield batch;
    }
  } catch (e) {
    opts.onError({ file, message: `cannot read: ${(e as Error).message}` });
    return;
  }
  const problem = splitter.end();
  if (problem) opts.onError({ file, message: problem });
}

/** One JSON value per line; each carries one or more records (see `LogFormat.lineRecords`). */
async function* fromLines(chunks: AsyncIterable<string>, file: string, format: LogFormat, opts: ReadOptions): AsyncGenerator<AuditEvent[]> {
  let carry = '';
  let index = 0;
  const handle = (line: string, out: AuditEvent[]): void => {
    const i = index++;
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      opts.onError({ file, record: i, message: `line ${i + 1}: invalid JSON: ${(e as Error).message}` });
      return;
    }
    if (format.lineRecord) {
      const ev = accept(format.normalize(format.lineRecord(parsed), { file, index: i }), file, i, opts);
      if (ev) out.push(ev);
      return;
    }
    const records = format.lineRecords(parsed);
    for (let k = 0; k < records.length; k++) {
      const ev = accept(format.normalize(records[k], { file, index: i }), file, i, opts, records.length > 1 ? `line ${i + 1} record ${k}: ` : '');
      if (ev) out.push(ev);
    }
  };
  try {
    for await (const chunk of chunks) {
      const text = carry + chunk;
      const batch: AuditEvent[] = [];
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        handle(text.slice(from, nl), batch);
        from = nl + 1;
      }
      carry = text.slice(from);
      if (batch.length > 0) yield batch;
    }
  } catch (e) {
    opts.onError({ file, message: `cannot read: ${(e as Error).message}` });
    return;
  }
  if (carry.trim() !== '') {
    const last: AuditEvent[] = [];
    handle(carry, last);
    if (last.length > 0) yield last;
  }
}
