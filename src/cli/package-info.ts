import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root, whether running from src/ (tsx) or dist/ (built): both sit one level below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
