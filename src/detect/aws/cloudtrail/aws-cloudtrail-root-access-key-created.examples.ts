import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser, root } from '../../kit/cloudtrail-records-a.js';

export default defineDetectionExamples({
  fires: [{ name: 'root key', records: [iam('CreateAccessKey', null, { userIdentity: root(), responseElements: { accessKey: { accessKeyId: 'AKIAEXAMPLEROOTKEY01', status: 'Active', createDate: 'Nov 27, 2026, 10:00:00 AM' } } })] }],
  quiet: [
    { name: 'root creating a key for an IAM user', records: [iam('CreateAccessKey', { userName: 'ci-deployer' }, { userIdentity: root() })] },
    { name: 'an IAM user creating their own key', records: [iam('CreateAccessKey', null, { userIdentity: iamUser('bob.dev') })] },
    { name: 'a refused root key', records: [failed(iam('CreateAccessKey', null, { userIdentity: root() }), 'LimitExceeded', 'Cannot exceed quota for AccessKeysPerUser: 2')] },
  ],
});
