import { defineExamples } from '../../kit/index.js';
import { ec2Instance } from '../../kit/aws-compute-fixtures.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const image = (deprecationTime: string | null) => v({ ownerId: '137112412989', ownerAlias: 'amazon', deprecationTime, creationDate: '2025-11-01T00:00:00.000Z' });

export default defineExamples({
  model: {
    good: [ec2Instance('i-current', { launchImage: image(null) }), ec2Instance('i-retiring', { launchImage: image('2027-11-01T00:00:00.000Z') })],
    bad: [ec2Instance('i-retired', { launchImage: image('2026-03-01T00:00:00.000Z') }), ec2Instance('i-orphaned', { launchImage: v(null) })],
    unknown: [ec2Instance('i-unreadable', { launchImage: unresolvable('AccessDenied on ec2:DescribeImages') })],
  },
});
