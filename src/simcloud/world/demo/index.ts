/**
 * The demo world: an organization of four accounts (management, production, development, security) in two
 * regions, with a realistic compliant background and planted misconfigurations covering every rule family
 * of the catalogue. `cloudwarden simcloud --world demo` serves it; the demo and the tests scan it.
 */
import type { WorldInput } from '../schema.js';
import { DEVELOPMENT, MANAGEMENT, SECURITY, development, management, security } from './accounts.js';
import { PRODUCTION, production } from './production.js';
import { applyPlants } from './plants/index.js';
import { attachAuditLogs } from './audit/attach.js';

export { DEVELOPMENT, MANAGEMENT, PRODUCTION, SECURITY };

/** The credentials the demo hands to the scanner: the management account's read-only scanner user. */
export const DEMO_CREDENTIALS = { accessKeyId: 'AKIADEMOMANAGEMENT01', secretAccessKey: 'demo/management/scanner/secret/key/00000' } as const;

export function demoWorld(): WorldInput {
  return attachAuditLogs(applyPlants({
    // The demo keeps to two commercial regions (so a scan stays quick) plus one opt-in region that no
    // account has enabled: the scanner must skip it, as it would on AWS.
    regions: ['eu-west-1', 'us-east-1', 'ap-east-1'],
    optInRegions: ['ap-east-1'],
    organization: {
      id: 'o-demoacme01',
      managementAccountId: MANAGEMENT,
      rootId: 'r-demo',
      units: [
        { id: 'ou-demo-produnit1', name: 'Production', parentId: 'r-demo' },
        { id: 'ou-demo-devunit01', name: 'Development', parentId: 'r-demo' },
        { id: 'ou-demo-secunit01', name: 'Security', parentId: 'r-demo' },
      ],
      policies: [
        {
          id: 'p-demodenyleave',
          name: 'deny-leave-organization',
          document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] },
          targets: ['r-demo'],
        },
      ],
    },
    accounts: [management(), production(MANAGEMENT), development(), security()],
    credentials: [{ ...DEMO_CREDENTIALS, accountId: MANAGEMENT, principal: 'user/cloudwarden-scanner' }],
  }));
}
