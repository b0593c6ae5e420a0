import { createSimcloudServer } from '../simcloud/server.js';
import { buildWorld } from '../simcloud/world/load.js';
import { demoWorld, DEMO_CREDENTIALS } from '../simcloud/world/demo/index.js';
import { runScanAwsCommand } from './scan-aws-command.js';

/** The standard AWS configuration the demo points the SDK at: exactly what a user exports for a real account. */
const AWS_ENV = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_PROFILE'] as const;

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
      format: ['table', 'json', 'sarif', 'junit', 'csv'],
      outputDir: o.outputDir,
      softFail: true,
      ...(o.db ? { db: o.db } : {}),
      ...(o.color === false ? { color: false } : {}),
    });
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
