// Makes sure the browser tests have a Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Debian's package when we may install it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${wanted}, but no file is there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(
    'Chromium is missing: installing Debian\'s "chromium" package for the browser tests…',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(wanted)) process.exit(0);
}
console.error(
  'Chromium not found for the browser tests. Install it with: sudo apt-get install -y chromium  (or set CHROMIUM_PATH)',
);
process.exit(1);
