/**
 * simcloud IAM: the read API (awsQuery, 2010-05-08, global) over `account.services.iam`. The section's shape
 * and the world-file format are documented in docs/simcloud/iam.md; handlers live in ./iam/.
 */
import { defineService } from '../service.js';
import { accountOperations } from './iam/account.js';
import { policyOperations } from './iam/policies.js';
import { principalOperations } from './iam/principals.js';
import { reportOperations } from './iam/report.js';
import { usageOperations } from './iam/usage.js';

export { normalizeIam, iamSection } from './iam/state.js';
export type { IamSection } from './iam/state.js';

export default defineService({
  signingName: 'iam',
  protocol: 'awsQuery',
  apiVersion: '2010-05-08',
  xmlNamespace: 'https://iam.amazonaws.com/doc/2010-05-08/',
  global: true,
  operations: { ...principalOperations, ...policyOperations, ...accountOperations, ...reportOperations, ...usageOperations },
});
