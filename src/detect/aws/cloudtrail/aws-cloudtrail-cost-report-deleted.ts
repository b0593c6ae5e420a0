import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-cost-report-deleted',
  kind: 'event',
  services: ['cur', 'bcm-data-exports'],
  title: 'Cost and usage report or data export deleted',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'A Cost and Usage Report definition or a billing data export was deleted. FinOps and security teams watch these reports for unexpected resources; deleting them hides spend.',
  falsePositives: 'Migrating from legacy CUR to Data Exports, or retiring unused reports.',
  references: ['https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_cur_DeleteReportDefinition.html', 'https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DeleteExport.html'],
  match(e) {
    if (callEvenViaService(e, 'cur', ['DeleteReportDefinition'])) return `${who(e)} deleted cost and usage report ${paramStr(e, 'reportName') ?? '(unnamed)'}`;
    if (callEvenViaService(e, 'bcm-data-exports', ['DeleteExport'])) return `${who(e)} deleted billing data export ${paramStr(e, 'exportArn') ?? '(unknown)'}`;
    return undefined;
  },
});
