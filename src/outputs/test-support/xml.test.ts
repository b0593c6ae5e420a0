import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseXml } from './xml.js';

test('test XML parser accepts well-formed documents and decodes entities', () => {
  const doc = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; &#10;2"><b/><c>t &lt;&#x41;</c><!-- c --></a>\n');
  assert.equal(doc.attrs.x, '1 & \n2');
  assert.deepEqual(doc.children.map((c) => c.name), ['b', 'c']);
  assert.equal(doc.children[1]!.text, 't <A');
});

test('test XML parser rejects malformed documents', () => {
  for (const bad of ['<a><b></a>', '<a>x & y</a>', '<a x=1/>', '<a x="1" x="2"/>', '<a>\u0007</a>', '<a></a><b/>', '<a>', '<a>&bogus;</a>', '<a x="<"/>']) {
    assert.throws(() => parseXml(bad), Error, bad);
  }
});
