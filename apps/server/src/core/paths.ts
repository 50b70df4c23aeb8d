import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/server, found from this file whether it runs from src/ (swc) or dist/src/ (tsc). */
export function serverRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'seed', 'themes.csv'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('apps/server/seed not found');
    dir = parent;
  }
  return dir;
}
