import { createSimcloudServer } from '../simcloud/server.js';
import { buildWorld } from '../simcloud/world/load.js';
import { demoWorld, DEMO_CREDENTIALS } from '../simcloud/world/demo/index.js';
import { runScanAwsCommand } from './scan-aws-command.js';
import { preferredCisFramework, writeComplianceReports } from './compliance-command.js';
import { runDetectCommand } from './detect-command.js';
import { TOR_EXIT, TRAIL_BUCKET } from '../simcloud/world/demo/audit/index.js';
import { LOG_ARCHIVE_ACCOUNT } from '../simcloud/world/demo/audit/attach.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The standard AWS configuration the demo points the SDK at: exactly what a user exports for a real account. */
const AWS_ENV = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_PROFILE'] as const;

/** The CIS compliance report (HTML and PDF) of the scan just stored, beside the other reports. */
async function writeDemoCompliance(o: { outputDir: string; db?: string }): Promise<void> {
  const framework = preferredCisFramework();
  if (!framework) return;
  const files = await writeComplianceReports({ ...(o.db ? { db: o.db } : {}), dir: o.outputDir, framework });
  process.stdout.write(`\n${framework.name} ${framework.version} compliance report: ${files.join(', ')}\n`);
}

/**
 * Threat detection over the demo organization's day of CloudTrail, read from the organization trail's bucket
 * in the log-archive account through the SDK (assuming its role, as a user would): the planted intrusion is
 * reported, the benign background is not. Writes detections.json and detections.ocsf.json.
 */
async function detectDemoDay(o: { outputDir: string; db?: string }): Promise<void> {
  process.stdout.write(`\nthreat detection: \`cloudwarden detect cloudtrail s3://${TRAIL_BUCKET}/AWSLogs/\` over the organization trail's day of events...\n`);
  const badIps = join(o.outputDir, 'demo-bad-ips.txt');
  writeFileSync(badIps, `# Tor exit range used by the demo's attacker\n${TOR_EXIT.split('.').slice(0, 3).join('.')}.0/24\n`);
  const common = {
    assumeRole: `arn:aws:iam::${LOG_ARCHIVE_ACCOUNT}:role/OrganizationAccountAccessRole`,
    regions: ['eu-west-1,us-east-1'],
    accounts: ['111111111111,222222222222,333333333333,444444444444'],
    badIps,
    softFail: true,
    quiet: true,
    ...(o.db ? { db: o.db } : {}),
  };
  const json = join(o.outputDir, 'detections.json');
  await runDetectCommand('cloudtrail', [`s3://${TRAIL_BUCKET}/AWSLogs/`], { ...common, format: 'json', outputFile: json });
  await runDetectCommand('cloudtrail', [`s3://${TRAIL_BUCKET}/AWSLogs/`], { ...common, store: false, format: 'ocsf', outputFile: join(o.outputDir, 'detections.ocsf.json') });
  const report = JSON.parse(readFileSync(json, 'utf8')) as { summary: { events: number; fired: number; bySeverity: Record<string, number> }; detections: { severity: string; title: string; principal: { name: string }; sourceIp?: string }[] };
  const order = ['critical', 'high', 'medium', 'low', 'info'];
  for (const d of report.detections.filter((x) => x.severity !== 'info' && x.severity !== 'low')) {
    process.stdout.write(`  ${d.severity.toUpperCase().padEnd(8)} ${d.title} — ${d.principal.name}${d.sourceIp ? ` from ${d.sourceIp}` : ''}\n`);
  }
  const counts = order.filter((k) => report.summary.bySeverity[k]).map((k) => `${report.summary.bySeverity[k]} ${k}`).join(', ');
  process.stdout.write(`${report.summary.events} events read, ${report.summary.fired} detections (${counts}); wrote ${json} and detections.ocsf.json\n`);
}

/**
 * The main job on the embedded default (`npm start`): start simcloud with the demo organization (4 accounts,
 * 2 regions, planted misconfigurations) on a free local port, scan it with `scan aws --org` through the real
 * AWS SDK and collectors into the SQLite store, print the findings and the summary, write the reports, stop
 * simcloud and exit. The scanner reaches simcloud only through standard configuration (AWS_ENDPOINT_URL and
 * keys in the environment), so the same code path scans a real organization.
 */
export async function runDemo(o: { outputDir: string; db?: string; color?: boolean }): Promise<number> {
  const server = createSimcloudServer(buildWorld(demoWorld()));
  const endpoint = await server.listen(0, '127.0.0.1');
  const saved = Object.fromEntries(AWS_ENV.map((k) => [k, process.env[k]]));
  process.stdout.write(`cloudwarden demo: simcloud is serving the demo organization (4 accounts, 2 regions) at ${endpoint}\n`);
  process.stdout.write('scanning it with `cloudwarden scan aws --org` through the AWS SDK...\n\n');
  try {
    for (const k of AWS_ENV) delete process.env[k];
    Object.assign(process.env, { AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: DEMO_CREDENTIALS.secretAccessKey, AWS_REGION: 'us-east-1' });
    const code = await runScanAwsCommand({
      org: true,
      format: ['table', 'json', 'sarif', 'junit', 'csv', 'html'],
      outputDir: o.outputDir,
      softFail: true,
      ...(o.db ? { db: o.db } : {}),
      ...(o.color === false ? { color: false } : {}),
    });
    if (code !== 2) await writeDemoCompliance(o);
    await detectDemoDay(o);
    process.stdout.write('\nNext: `npx cloudwarden iac examples/demo-project` scans the bundled Terraform, CloudFormation and Kubernetes project;\n`npx cloudwarden simcloud --world demo` serves this organization for your own experiments.\n');
    return code === 2 ? 2 : 0;
  } finally {
    for (const k of AWS_ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await server.close();
  }
}
