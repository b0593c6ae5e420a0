import { createReadStream, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import type { AuditEvent } from '../../../model/audit/event.js';
import { normalizeCloudTrail } from './normalize.js';
import { RecordsSplitter } from './records.js';

/**
 * Reads CloudTrail events from files, folders (recursively), gzip files and stdin (`-`): the delivery
 * format (`{"Records":[…]}`), and one event per line (CloudTrail Lake exports, EventBridge events, whose
 * `detail` is the record). The format is recognised from the content, not the file name. Events stream
 * out one at a time; a bad file or record is reported through `onError` and skipped.
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

const LOG_FILE = /\.(json|jsonl|ndjson|json\.gz|jsonl\.gz|gz)$/i;

export async function* readCloudTrail(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<AuditEvent> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStream(opts.stdin ?? process.stdin, '-', opts);
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
      for await (const file of walk(input, opts)) yield* readFile(file, opts);
    } else yield* readFile(input, opts);
  }
}

/** Log files under a folder, depth first in name order (CloudTrail's year/month/day folders sort by time). */
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

function readFile(file: string, opts: ReadOptions): AsyncGenerator<AuditEvent> {
  const raw = createReadStream(file);
  return readStream(raw, file, opts);
}

/** Sniffs gzip by its magic bytes, then JSON shape by the first non-blank character and key. */
export async function* readStream(input: Readable, file: string, opts: ReadOptions): AsyncGenerator<AuditEvent> {
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
    for (let n = await it.next(); ; n = await it.next()) {
      if (n.done) break;
      head += n.value;
      if (head.length >= 256) break;
    }
  } catch (e) {
    opts.onError({ file, message: `cannot read: ${(e as Error).message}` });
    return;
  }
  if (head === '') return;
  const rest: AsyncIterable<string> = { [Symbol.asyncIterator]: () => it };
  const chunks = prepend(head, rest);
  const start = head.trimStart();
  if (start.startsWith('{') && /^\{\s*"Records"\s*:/.test(start)) yield* fromRecordsFile(chunks, file, opts);
  else yield* fromLines(chunks, file, opts);
}

async function* prepend(head: string, rest: AsyncIterable<string>): AsyncGenerator<string> {
  yield head;
  yield* rest;
}

/** The stream as text, gunzipped when it starts with the gzip magic number. */
async function decoded(input: Readable): Promise<AsyncIterable<string>> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await it.next();
  const source: AsyncIterable<Buffer> = (async function* () {
    if (!first.done) yield first.value;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  })();
  const gz = !first.done && first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b;
  const stream = gz ? Readable.from(source).pipe(createGunzip()) : Readable.from(source);
  stream.setEncoding('utf8');
  return stream as AsyncIterable<string>;
}

function accept(ev: ReturnType<typeof normalizeCloudTrail>, file: string, index: number, opts: ReadOptions): AuditEvent | undefined {
  if (typeof ev === 'string') {
    opts.onError({ file, record: index, message: ev });
    return undefined;
  }
  if (opts.since !== undefined && ev.time < opts.since) return undefined;
  return ev;
}

async function* fromRecordsFile(chunks: AsyncIterable<string>, file: string, opts: ReadOptions): AsyncGenerator<AuditEvent> {
  const splitter = new RecordsSplitter();
  try {
    for await (const chunk of chunks) {
      for (const rec of splitter.push(chunk)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(rec.text);
        } catch (e) {
          opts.onError({ file, record: rec.index, message: `invalid JSON: ${(e as Error).message}` });
          continue;
        }
        const ev = accept(normalizeCloudTrail(parsed, { file, index: rec.index }), file, rec.index, opts);
        if (ev) yield ev;
      }
    }
  } catch (e) {
    opts.onError({ file, message: `cannot read: ${(e as Error).message}` });
    return;
  }
  const problem = splitter.end();
  if (problem) opts.onError({ file, message: problem });
}

/** One JSON event per line: a CloudTrail record, an EventBridge event (its `detail`), or a Lake row. */
async function* fromLines(chunks: AsyncIterable<string>, file: string, opts: ReadOptions): AsyncGenerator<AuditEvent> {
  let carry = '';
  let index = 0;
  const handle = (line: string): AuditEvent | undefined => {
    const i = index++;
    if (line.trim() === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      opts.onError({ file, record: i, message: `line ${i + 1}: invalid JSON: ${(e as Error).message}` });
      return undefined;
    }
    return accept(normalizeCloudTrail(unwrap(parsed), { file, index: i }), file, i, opts);
  };
  try {
    for await (const chunk of chunks) {
      const text = carry + chunk;
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        const ev = handle(text.slice(from, nl));
        from = nl + 1;
        if (ev) yield ev;
      }
      carry = text.slice(from);
    }
  } catch (e) {
    opts.onError({ file, message: `cannot read: ${(e as Error).message}` });
    return;
  }
  if (carry.trim() !== '') {
    const ev = handle(carry);
    if (ev) yield ev;
  }
}

/** EventBridge wraps the record in `detail`; CloudTrail Lake exports may carry it as a JSON string. */
function unwrap(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  if (typeof o['detail-type'] === 'string' && typeof o['detail'] === 'object') return o['detail'];
  if (typeof o['eventJson'] === 'string') {
    try {
      return JSON.parse(o['eventJson']);
    } catch {
      return v;
    }
  }
  return v;
}
