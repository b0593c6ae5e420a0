import { defineExamples } from '../../kit/index.js';
import { ec2Instance } from '../../kit/aws-compute-fixtures.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const image = (ownerId: string, ownerAlias: string | null) => v({ ownerId, ownerAlias, deprecationTime: null, creationDate: '2026-04-01T00:00:00.000Z' });

export default defineExamples({
  model: {
    good: [ec2Instance('i-golden'), ec2Instance('i-amazon', { launchImage: image('137112412989', 'amazon') }), ec2Instance('i-marketplace', { launchImage: image('679593333241', 'aws-marketplace') })],
    bad: [ec2Instance('i-community', { launchImage: image('999988887777', null) }), ec2Instance('i-vanished', { launchImage: v(null) })],
    unknown: [ec2Instance('i-unreadable', { launchImage: unresolvable('AccessDenied on ec2:DescribeImages') })],
  },
});
