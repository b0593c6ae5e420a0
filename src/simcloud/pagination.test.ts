import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeToken, encodeToken, paginate } from './pagination.js';
import { SimError } from './service.js';

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);

  it('walks every item exactly once with opaque tokens', () => {
    const out: number[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const p = paginate(items, token, '10');
      out.push(...p.items);
      token = p.nextToken;
      pages++;
      if (token) assert.doesNotMatch(token, /^\d+$/);
    } while (token);
    assert.deepEqual(out, items);
    assert.equal(pages, 3);
    assert.equal(paginate(items, undefined, undefined, 100).nextToken, undefined);
    assert.equal(paginate([], undefined, 5).items.length, 0);
  });

  it('rejects forged or edited tokens with the API code', () => {
    const t = paginate(items, undefined, 5).nextToken!;
    const [payload, mac] = t.split('.');
    const edited = `${Buffer.from(JSON.stringify({ o: 0 })).toString('base64url')}.${mac}`;
    assert.notEqual(edited, t);
    assert.throws(() => paginate(items, edited, 5), (e: SimError) => e.code === 'InvalidNextToken' && e.status === 400);
    assert.throws(() => paginate(items, `${payload}.x`, 5, 100, { errorCode: 'InvalidInputException' }), (e: SimError) => e.code === 'InvalidInputException');
    assert.throws(() => decodeToken('garbage'), SimError);
    assert.equal(decodeToken(encodeToken(17)), 17);
  });

  it('validates page sizes and applies a limit', () => {
    assert.throws(() => paginate(items, undefined, '0'), (e: SimError) => e.code === 'ValidationException');
    assert.throws(() => paginate(items, undefined, 'abc', 10, { sizeErrorCode: 'InvalidParameterValue' }), (e: SimError) => e.code === 'InvalidParameterValue');
    assert.equal(paginate(items, undefined, 1000, 100, { limit: 20 }).items.length, 20);
  });
});
