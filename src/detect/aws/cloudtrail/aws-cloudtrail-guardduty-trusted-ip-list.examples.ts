import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const ipSet = (activate: boolean) => apiCall('guardduty', 'CreateIPSet', { detectorId: '12abc34d567e8fa901bc2d34e56789f0', name: 'trusted', format: 'TXT', location: 'https://s3.amazonaws.com/drop-9f2/ips.txt', activate });

export default defineDetectionExamples({
  fires: [{ name: 'trusted list activated', records: [ipSet(true)] }],
  quiet: [
    { name: 'list uploaded but not active', records: [ipSet(false)] },
    { name: 'a threat list (not trusted)', records: [apiCall('guardduty', 'CreateThreatIntelSet', { detectorId: '12abc34d567e8fa901bc2d34e56789f0', name: 'bad', format: 'TXT', location: 'https://s3.amazonaws.com/intel/bad.txt', activate: true })] },
    { name: 'refused', records: [refused(ipSet(true))] },
  ],
});
