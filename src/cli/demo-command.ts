import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from './package-info.js';
import { runIacCommand } from './iac-command.js';

/**
 * The main job on the embedded default (`npm start`): scan the bundled example project with planted
 * misconfigurations, record the scan in the SQLite store, print the table and write JSON, SARIF, JUnit
 * and CSV reports. The findings are the point, so the demo always exits 0 unless something broke.
 * (The live-cloud demo against simcloud replaces this in the discovery issue.)
 */
export async function runDemo(o: { outputDir: string; db?: string; color?: boolean }): Promise<number> {
  const project = relative(process.cwd(), join(PACKAGE_ROOT, 'examples', 'demo-project')) || '.';
  process.stdout.write(`cloudwarden demo: scanning the bundled example project ${project}\n\n`);
  const code = await runIacCommand([project], {
    format: ['table', 'json', 'sarif', 'junit', 'csv'],
    outputDir: o.outputDir,
    softFail: true,
    quiet: false,
    ...(o.db ? { db: o.db } : {}),
    ...(o.color === false ? { color: false } : {}),
  });
  return code === 2 ? 2 : 0;
}
