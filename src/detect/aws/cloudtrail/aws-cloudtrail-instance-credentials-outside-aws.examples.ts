import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, at, call } from '../../kit/cloudtrail-records-a.js';

const instance = assumedRole('web-app', 'i-0a1b2c3d4e5f67890');
const use = (ip: string, minute: number, identity = instance) => call('s3.amazonaws.com', 'ListBuckets', null, { userIdentity: identity, sourceIPAddress: ip, eventTime: at(minute), readOnly: true });

export default defineDetectionExamples({
  fires: [{ name: 'the instance from its NAT address, then from elsewhere', records: [use('54.210.10.20', 0), use('54.210.10.20', 5), use('185.220.101.44', 12)] }],
  quiet: [
    { name: 'always the same NAT address', records: [use('54.210.10.20', 0), use('54.210.10.20', 5), use('54.210.10.20', 12)] },
    { name: 'a VPC endpoint and the NAT address', records: [use('10.0.3.17', 0), use('54.210.10.20', 5)] },
    { name: 'a service calling on the role\'s behalf', records: [use('54.210.10.20', 0), use('athena.amazonaws.com', 5)] },
    { name: 'a session not named after an instance', records: [use('54.210.10.20', 0, assumedRole('web-app', 'deploy-42')), use('185.220.101.44', 5, assumedRole('web-app', 'deploy-42'))] },
  ],
});
