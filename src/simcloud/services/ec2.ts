/**
 * simcloud EC2/VPC (ec2Query protocol, API version 2016-11-15, regional). The world section is
 * `account.regions[<region>].ec2` (see ./ec2/state.ts and docs/simcloud/ec2.md); outputs are built in the SDK's
 * shapes and rendered with EC2's XML element names from the SDK's own schemas (./ec2/wire.ts).
 */
import { defineService } from '../service.js';
import { computeOperations } from './ec2/compute.js';
import { ebsOperations } from './ec2/ebs.js';
import { networkOperations } from './ec2/network.js';
import { securityGroupOperations } from './ec2/security-groups.js';

export { normalizeEc2, type Ec2Section } from './ec2/state.js';

export default defineService({
  signingName: 'ec2',
  protocol: 'ec2Query',
  apiVersion: '2016-11-15',
  xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  operations: { ...computeOperations, ...networkOperations, ...ebsOperations, ...securityGroupOperations },
});
