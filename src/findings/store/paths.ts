import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** `$CLOUDWARDEN_HOME/cloudwarden.db`, where CLOUDWARDEN_HOME defaults to `~/.cloudwarden`. */
export function defaultStorePath(env: Env = process.env, home: string = homedir()): string {
  const base = env.CLOUDWARDEN_HOME?.trim() || join(home, '.cloudwarden');
  return join(base, 'cloudwarden.db');
}

/** Where the store lives: `--db PATH` wins over `CLOUDWARDEN_DB`, which wins over {@link defaultStorePath}. */
export function resolveStorePath(opts: { readonly flag?: string; readonly env?: Env; readonly home?: string } = {}): string {
  const env = opts.env ?? process.env;
  const flag = opts.flag?.trim();
  if (flag) return flag;
  const fromEnv = env.CLOUDWARDEN_DB?.trim();
  if (fromEnv) return fromEnv;
  return defaultStorePath(env, opts.home);
}
