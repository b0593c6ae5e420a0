import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { publicAclGrants } from '../../kit/aws-b-s3-acl.js';

export default defineDetection({
  id: 'aws-cloudtrail-s3-object-acl-public',
  kind: 'event',
  services: ['s3'],
  actions: ['PutObjectAcl', 'PutObject', 'CopyObject'],
  title: 'An object was made public through its ACL',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Exfiltration', technique: 'T1567', techniqueName: 'Exfiltration Over Web Service' },
  description: 'PutObjectAcl, or PutObject/CopyObject with a public canned ACL, granted AllUsers or AuthenticatedUsers access to one object: a quiet way to hand a file to the outside without touching the bucket policy. These are data events; the trail must log them.',
  falsePositives: 'Applications that still publish files with public-read ACLs (legacy CDNs, download links).',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html'],
  match(e) {
    if (!principalCall(e, 's3', 'PutObjectAcl', 'PutObject', 'CopyObject')) return undefined;
    const grants = publicAclGrants(e);
    if (grants.length === 0) return undefined;
    return `${who(e)} granted ${grants.join(', ')} on s3://${asString(req(e, 'bucketName')) ?? '?'}/${asString(req(e, 'key')) ?? '?'}`;
  },
});
