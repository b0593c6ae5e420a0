import { defineDetectionExamples, type ExampleContext } from '../../kit/examples.js';
import { at, ctEvent, iamUser } from '../../kit/cloudtrail-records.js';
import { apiCall, viaService } from '../../kit/cloudtrail-records-b.js';

const login = (ip: string, minute: number, result = 'Success') => ctEvent('signin.amazonaws.com', 'ConsoleLogin', { eventTime: at(minute), sourceIPAddress: ip, userIdentity: iamUser('maria.ops'), eventType: 'AwsConsoleSignIn', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', responseElements: { ConsoleLogin: result }, additionalEventData: { MFAUsed: 'Yes', LoginTo: 'https://console.aws.amazon.com/console/home' } });
const call = (ip: string, minute: number) => apiCall('s3', 'ListBuckets', null, { eventTime: at(minute), sourceIPAddress: ip, readOnly: true });
const geo: ExampleContext = {
  geo: {
    '198.51.100.7': { latitude: 52.52, longitude: 13.405, country: 'DE' },
    '198.51.100.8': { latitude: 52.4, longitude: 13.06, country: 'DE' },
    '203.0.113.99': { latitude: 1.352, longitude: 103.82, country: 'SG' },
    '192.0.2.50': { latitude: 48.857, longitude: 2.352, country: 'FR' },
  },
};

export default defineDetectionExamples({
  fires: [
    { name: 'Berlin, then Singapore 30 minutes later', records: [login('198.51.100.7', 0), call('203.0.113.99', 30)], context: geo },
    { name: 'Berlin, then Paris 20 minutes later', records: [call('198.51.100.7', 0), call('192.0.2.50', 20)], context: geo },
  ],
  quiet: [
    { name: 'Berlin, then Paris four hours later', records: [call('198.51.100.7', 0), call('192.0.2.50', 240)], context: geo },
    { name: 'two addresses in the Berlin area', records: [call('198.51.100.7', 0), call('198.51.100.8', 1)], context: geo },
    { name: 'a failed sign-in far away', records: [call('198.51.100.7', 0), login('203.0.113.99', 5, 'Failure')], context: geo },
    { name: 'an AWS service calling for the user', records: [call('198.51.100.7', 0), viaService(call('203.0.113.99', 5), 'cloudformation.amazonaws.com')], context: geo },
    { name: 'no geolocation database', records: [login('198.51.100.7', 0), call('203.0.113.99', 30)] },
  ],
});
