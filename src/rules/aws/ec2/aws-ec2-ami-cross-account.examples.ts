import { unresolvable } from '../../../model/core/index.js';
import { defineExamples, modelFixture, v } from '../../kit/index.js';
import { ORG_MEMBER, OUTSIDER, OWNER, organization } from '../../kit/aws-data-fixtures.js';

const image = (name: string, perms: ReturnType<typeof v<readonly string[]>>) =>
  modelFixture('aws.ec2.image', name, { public: v(false), creationDate: v('2026-01-10T00:00:00Z'), deprecationTime: v(null), launchPermissions: perms }, { account: OWNER });

export default defineExamples({
  model: {
    good: [image('ami-private', v([])), [image('ami-to-dev', v([ORG_MEMBER])), ...organization()]],
    bad: [[image('ami-to-vendor', v([ORG_MEMBER, OUTSIDER])), ...organization()]],
    unknown: [image('ami-denied', unresolvable('ec2:DescribeImageAttribute: AccessDenied'))],
  },
});
