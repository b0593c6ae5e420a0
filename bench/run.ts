/**
 * `npm run bench -- NAME [args]`: runs bench/NAME.ts. Benchmarks print figures and ratios against a floor
 * measured in the same run; they are never asserted in tests (timings on shared machines are noisy).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const name = process.argv[2];
const available = ['iac', 'discovery', 'rules', 'detect', 'iam', 'graph'];
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [options]`);
  process.exit(2);
}
const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
if (!existsSync(file)) {
  console.error(`no benchmark ${name}`);
  process.exit(2);
}
const mod = (await import(pathToFileURL(file).href)) as { main(args: string[]): Promise<void> };
await mod.main(process.argv.slice(3));
