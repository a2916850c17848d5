import { spawnSync } from 'node:child_process';

/**
 * `next build` when sources changed (scripts/lib/build-if-needed.mjs, which honours NEXT_DIST_DIR), in a
 * child process: that script exits on a failed build, which here becomes an error the bench reports.
 */
export function buildIfNeeded(): void {
  const script = "import { buildIfNeeded } from './scripts/lib/build-if-needed.mjs'; buildIfNeeded();";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}
