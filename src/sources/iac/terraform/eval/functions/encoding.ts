import { createHash } from 'node:crypto';
import { stringify as yamlStringify, parse as yamlParse } from 'yaml';
import type { TfNode, TfRange } from '../../instance.js';
import { encodable } from '../opaque.js';
import { asString, derived, EvalError, fromJs, scalar, unknown } from '../values.js';
import type { FunctionTable } from './types.js';

const hash = (alg: string, enc: 'hex' | 'base64') => ({
  arity: [1] as const,
  fn: ([s]: TfNode[], c: { range: TfNode['range'] }) => scalar(createHash(alg).update(asString(s), 'utf8').digest(enc), c.range),
});

/**
 * Encodes a value to text. Computed identifiers among its leaves are written as placeholders (see
 * opaque.ts) so a policy naming `aws_s3_bucket.b.arn` stays known; any other unknown leaf (an unset
 * variable could be `*`) makes the text unknown, keeping that unknown's reason.
 */
function encode(v: TfNode, range: TfRange, stringify: (js: unknown) => string): TfNode {
  const r = encodable(v);
  return r.ok ? scalar(stringify(r.value), range) : derived(r.unknown, range);
}

export const encodingFunctions: FunctionTable = {
  jsonencode: { arity: [1], unknowns: 'any', fn: ([v], c) => encode(v, c.range, (js) => JSON.stringify(js)) },
  jsondecode: {
    arity: [1],
    fn: ([s], c) => {
      try {
        return fromJs(JSON.parse(asString(s)), c.range);
      } catch (e) {
        if (e instanceof SyntaxError) throw new EvalError(`invalid JSON: ${e.message}`);
        throw e;
      }
    },
  },
  yamlencode: { arity: [1], unknowns: 'any', fn: ([v], c) => encode(v, c.range, (js) => yamlStringify(js)) },
  yamldecode: {
    arity: [1],
    fn: ([s], c) => {
      try {
        return fromJs(yamlParse(asString(s)), c.range);
      } catch (e) {
        throw new EvalError(`invalid YAML: ${(e as Error).message}`);
      }
    },
  },
  base64encode: { arity: [1], fn: ([s], c) => scalar(Buffer.from(asString(s), 'utf8').toString('base64'), c.range) },
  base64decode: {
    arity: [1],
    fn: ([s], c) => {
      const t = asString(s);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) throw new EvalError('invalid base64 data');
      return scalar(Buffer.from(t, 'base64').toString('utf8'), c.range);
    },
  },
  textencodebase64: { arity: [2], fn: ([s], c) => scalar(Buffer.from(asString(s), 'utf8').toString('base64'), c.range) },
  urlencode: { arity: [1], fn: ([s], c) => scalar(encodeURIComponent(asString(s)).replace(/%20/g, '+'), c.range) },
  md5: hash('md5', 'hex'),
  sha1: hash('sha1', 'hex'),
  sha256: hash('sha256', 'hex'),
  sha512: hash('sha512', 'hex'),
  base64sha256: hash('sha256', 'base64'),
  base64sha512: hash('sha512', 'base64'),
  // Non-deterministic functions: their value is not known before apply.
  timestamp: { arity: [0], fn: (_a, c) => unknown('timestamp() is known only at apply time', c.range) },
  uuid: { arity: [0], fn: (_a, c) => unknown('uuid() is known only at apply time', c.range) },
  bcrypt: { arity: [1, 2], fn: (_a, c) => unknown('bcrypt() is not deterministic', c.range) },
  sensitive: { arity: [1], unknowns: 'any', fn: ([v]) => v },
  nonsensitive: { arity: [1], unknowns: 'any', fn: ([v]) => v },
};
