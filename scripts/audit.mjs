// Fails on a high or critical advisory in the runtime dependencies; says so plainly when the advisory service cannot be asked.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  // npm may print more than one JSON document when the request fails; the metadata check below decides.
}
if (!report?.metadata?.vulnerabilities) {
  const message = /"message":\s*"([^"]*)"/.exec(run.stdout)?.[1] ?? 'no answer';
  const why = message.replace(/https?:\/\/\S+/g, '(advisory endpoint)');
  console.log(`npm audit could not reach the advisory service, so no audit ran: ${why}`);
  process.exit(0);
}
const v = report.metadata.vulnerabilities;
console.log(
  `npm audit (runtime dependencies): ${v.critical} critical, ${v.high} high, ${v.moderate} moderate, ${v.low} low`,
);
process.exit(v.critical + v.high > 0 ? 1 : 0);
