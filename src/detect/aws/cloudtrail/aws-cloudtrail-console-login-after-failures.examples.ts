import { defineDetectionExamples } from '../../kit/examples.js';
import { consoleLogin, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = iamUser('bob.dev');
const fail = (minute: number, ip = '203.0.113.50') => consoleLogin(bob, { success: false, mfa: false, ip, minute });
const ok = (minute: number, ip = '203.0.113.50') => consoleLogin(bob, { success: true, mfa: false, ip, minute });

export default defineDetectionExamples({
  fires: [
    { name: 'three failures then a success', records: [fail(0), fail(1), fail(2), ok(3)] },
    { name: 'many failures then a success', records: [fail(0), fail(1), fail(2), fail(3), fail(4), fail(5), ok(9)] },
  ],
  quiet: [
    { name: 'two typos then a success', records: [fail(0), fail(1), ok(2)] },
    { name: 'failures from one IP, success from another', records: [fail(0), fail(1), fail(2), ok(3, '198.51.100.7')] },
    { name: 'success long after the failures', records: [fail(0), fail(1), fail(2), ok(120)] },
  ],
});
