// When a tree last changed: the newest modification time of the files under a directory, so a build
// runs again only when something it is made from is newer than what it made.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {string} dir
 * @param {(name: string) => boolean} [counts] which files count (all by default)
 * @returns {number} milliseconds since the epoch, 0 for a missing or empty directory
 */
export function newestFile(dir, counts = () => true) {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newestFile(full, counts));
    else if (counts(entry.name)) latest = Math.max(latest, fs.statSync(full).mtimeMs);
  }
  return latest;
}
