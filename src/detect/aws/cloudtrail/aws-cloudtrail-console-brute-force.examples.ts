import { defineDetectionExamples } from '../../kit/examples.js';
import { at, ctEvent, iamUser } from '../../kit/cloudtrail-records.js';

const failure = (minute: number, ip = '203.0.113.50', user = 'maria.ops') =>
  ctEvent('signin.amazonaws.com', 'ConsoleLogin', { eventTime: at(minute), sourceIPAddress: ip, userIdentity: iamUser(user), eventType: 'AwsConsoleSignIn', errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' }, additionalEventData: { MFAUsed: 'No' } });

export default defineDetectionExamples({
  fires: [
    { name: 'five failures in four minutes', records: [0, 1, 2, 3, 4].map((m) => failure(m)) },
    { name: 'spread over users from one IP', records: ['a', 'b', 'c', 'd', 'e', 'f'].map((u, i) => failure(i, '203.0.113.50', u)) },
  ],
  quiet: [
    { name: 'four failures', records: [0, 1, 2, 3].map((m) => failure(m)) },
    { name: 'five failures over an hour', records: [0, 15, 30, 45, 60].map((m) => failure(m)) },
    { name: 'five failures from five IPs', records: [0, 1, 2, 3, 4].map((m) => failure(m, `203.0.113.${m + 1}`)) },
  ],
});
