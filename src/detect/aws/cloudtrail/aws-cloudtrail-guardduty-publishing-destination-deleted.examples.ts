import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('guardduty', 'DeletePublishingDestination', { detectorId: '12abc34d567e8fa901bc2d34e56789f0', destinationId: 'a4b5c6d7e8f90123' });

export default defineDetectionExamples({
  fires: [{ name: 'DeletePublishingDestination by a user', records: [call()] }],
  quiet: [
    { name: 'DeletePublishingDestination refused', records: [refused(call())] },
    { name: 'a destination created', records: [apiCall('guardduty', 'CreatePublishingDestination', { detectorId: '12abc34d567e8fa901bc2d34e56789f0', destinationType: 'S3', destinationProperties: { destinationArn: 'arn:aws:s3:::gd-findings', kmsKeyArn: 'arn:aws:kms:us-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab' } })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
