import { defineExamples } from '../../kit/index.js';
import { iamPolicy } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }] };
const READ = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: ['s3:Get*', 's3:List*'], Resource: '*' }] };
const aws = (name: string) => ({ awsManaged: v(true), arn: v(`arn:aws:iam::aws:policy/${name}`) });

export default defineExamples({
  model: {
    good: [
      iamPolicy('ReadOnlyS3', v(READ), { ...aws('AmazonS3ReadOnlyAccess'), attachmentCount: v(3) }),
      iamPolicy('AdministratorAccess', v(ADMIN), { ...aws('AdministratorAccess'), attachmentCount: v(0) }),
    ],
    bad: [
      iamPolicy('AdministratorAccess', v(ADMIN), { ...aws('AdministratorAccess'), attachmentCount: v(2) }),
      iamPolicy('LegacyFull', v(ADMIN), { ...aws('LegacyFullAccess'), attachmentCount: v(1) }),
    ],
    unknown: [iamPolicy('AdministratorAccess', v(ADMIN), { ...aws('AdministratorAccess'), attachmentCount: unresolvable('not listed') })],
  },
});
