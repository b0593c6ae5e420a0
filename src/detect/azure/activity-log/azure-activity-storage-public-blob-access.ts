import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, flag, isOp, segmentAfter } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

export default defineDetection({
  id: 'azure-activity-storage-public-blob-access',
  kind: 'stateful',
  title: 'Storage account or container opened to anonymous reads',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Exfiltration', technique: 'T1567', techniqueName: 'Exfiltration Over Web Service' },
  description: 'A storage account was written with `allowBlobPublicAccess` true, or a blob container with public access `Blob` or `Container`: anyone on the internet can read the blobs without credentials.',
  falsePositives: 'Static website assets or public downloads kept in a dedicated account. Check the account holds nothing else.',
  references: ['https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent'],
  create: completedOperations(['Microsoft.Storage/storageAccounts/write', 'Microsoft.Storage/storageAccounts/blobServices/containers/write'], (e, bodies) => {
    if (isOp(e, 'Microsoft.Storage/storageAccounts/write')) {
      if (flag(bodyValue(bodies, 'properties', 'allowBlobPublicAccess')) !== true) return undefined;
      return `${azWho(e)} allowed anonymous blob access on storage account ${segmentAfter(e, 'storageAccounts') ?? '(unknown)'}`;
    }
    const level = bodyValue(bodies, 'properties', 'publicAccess');
    if (typeof level !== 'string' || !['blob', 'container'].includes(level.toLowerCase())) return undefined;
    return `${azWho(e)} set public access ${level} on container ${segmentAfter(e, 'containers') ?? '(unknown)'} of storage account ${segmentAfter(e, 'storageAccounts') ?? '(unknown)'}`;
  }),
});
