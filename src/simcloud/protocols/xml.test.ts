import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { children, element, parseXml, xmlArray, xmlFlat, xmlList, xmlToObject } from './xml.js';
import { unflattenForm, parseForm } from './form.js';
import { RouteTable } from './rest.js';

describe('XML writer and reader', () => {
  it('writes member/item/custom/flattened lists, escapes, skips nulls', () => {
    assert.equal(children({ A: ['x', 'y'], B: null, C: true, D: 'a<&>"' }, 'member'), '<A><member>x</member><member>y</member></A><C>true</C><D>a&lt;&amp;&gt;&quot;</D>');
    assert.equal(element('Set', [{ k: 1 }], 'item'), '<Set><item><k>1</k></item></Set>');
    assert.equal(children({ Buckets: xmlList([{ Name: 'b' }], 'Bucket') }, 'member'), '<Buckets><Bucket><Name>b</Name></Bucket></Buckets>');
    assert.equal(children({ Rule: xmlFlat([{ Id: 1 }, { Id: 2 }]) }, 'member'), '<Rule><Id>1</Id></Rule><Rule><Id>2</Id></Rule>');
    assert.equal(element('G', { $attrs: { 'xsi:type': 'Group' }, URI: 'u' }, 'member'), '<G xsi:type="Group"><URI>u</URI></G>');
    assert.equal(element('T', new Date('2024-01-01T00:00:00Z'), 'member'), '<T>2024-01-01T00:00:00.000Z</T>');
  });

  it('parses documents into trees and plain objects', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><R xmlns="n"><A>1 &amp; 2</A><B><C>x</C><C>y</C></B><D><![CDATA[<raw>]]></D><E/></R>');
    assert.equal(root.name, 'R');
    assert.equal(root.attrs.xmlns, 'n');
    assert.deepEqual(JSON.parse(JSON.stringify(xmlToObject(root))), { A: '1 & 2', B: { C: ['x', 'y'] }, D: '<raw>', E: '' });
    assert.deepEqual(xmlArray('one'), ['one']);
    assert.throws(() => parseXml('<a><b></a>'));
    assert.throws(() => parseXml('<a>'));
  });
});

describe('query forms', () => {
  it('un-flattens member, item, numbered and entry forms', () => {
    const input = unflattenForm(parseForm('Action=X&Tags.member.2.Key=b&Tags.member.1.Key=a&Filter.1.Name=n&Filter.1.Value.1=v1&Filter.1.Value.2=v2&Attr.entry.1.key=k&Attr.entry.1.value=v&Name=a+b%2Bc'));
    assert.deepEqual(input, { Action: 'X', Tags: [{ Key: 'a' }, { Key: 'b' }], Filter: [{ Name: 'n', Value: ['v1', 'v2'] }], Attr: { k: 'v' }, Name: 'a b+c' });
  });
});

describe('REST routes', () => {
  it('prefers literals, then sub-resources, then single labels over greedy ones', () => {
    const t = new RouteTable<string>();
    t.add(
      [
        { method: 'GET', path: '/{Bucket}', operation: 'ListObjects' },
        { method: 'GET', path: '/{Bucket}?list-type=2', operation: 'ListObjectsV2' },
        { method: 'GET', path: '/{Bucket}?acl', operation: 'GetBucketAcl' },
        { method: 'GET', path: '/{Bucket}/{Key+}', operation: 'GetObject' },
      ],
      's3',
    );
    t.add([{ method: 'GET', path: '/v20180820/configuration/publicAccessBlock', operation: 'GetPublicAccessBlock' }], 's3-control');
    assert.equal(t.match('GET', '/b', {})?.route.operation, 'ListObjects');
    assert.equal(t.match('GET', '/b/', { 'list-type': '2' })?.route.operation, 'ListObjectsV2');
    assert.equal(t.match('GET', '/b', { acl: '' })?.route.operation, 'GetBucketAcl');
    assert.deepEqual(t.match('GET', '/b/a%20b/c', {})?.params, { Bucket: 'b', Key: 'a b/c' });
    assert.equal(t.match('GET', '/v20180820/configuration/publicAccessBlock', {})?.owner, 's3-control');
    assert.equal(t.match('PUT', '/b', {}), undefined);
  });
});
