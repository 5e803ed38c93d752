// Starts the server that the browser scripts (soak, UI benchmark) drive, waits until it answers, and stops it with every process it started.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ServerSpec {
  command: string;
  args: readonly string[];
  /** Where the server answers once it is up, e.g. `http://127.0.0.1:4174`. */
  origin: string;
  /** How long to wait for the first answer; 30 s unless told. */
  timeoutMs?: number;
  cwd?: string;
}

export interface RunningServer {
  origin: string;
  /** Pid of the command, which leads the server's process group. */
  pid: number;
  /** Stops the whole process group; safe to call more than once. */
  stop: () => void;
}

async function answers(url: string): Promise<boolean> {
  try {
    // A server that accepts but never replies must not hang the wait.
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Runs `command` in a process group of its own and resolves once `origin` answers. Rejects with the
 * command's output when it exits first or does not answer in time, having stopped it. The group
 * is stopped too when this process exits or is interrupted, so no server outlives the script.
 */
export async function startServer(spec: Readonly<ServerSpec>): Promise<RunningServer> {
  const { command, args, origin, timeoutMs = 30_000, cwd = ROOT } = spec;
  const what = [command, ...args].join(' ');
  // A server already there would be measured in place of ours (ours would fail on --strictPort).
  if (await answers(origin)) {
    throw new Error(`something already answers on ${origin}; stop it and run again`);
  }
  // Detached: a group of its own, so stopping it also stops what it starts. npx runs vite in a
  // child process that killing npx alone would leave serving.
  const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const problem: { error?: Error } = {};
  child.on('error', (e) => (problem.error = e));

  const onSignal = (signal: NodeJS.Signals) => {
    // Exiting runs the 'exit' handler below, which stops the group.
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const stop = () => {
    process.off('exit', stop);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group is gone already.
    }
  };
  process.on('exit', stop);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const said = () => (output.trim() ? `:\n${output.trim()}` : '');
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (problem.error) throw new Error(`could not run ${what}: ${problem.error.message}`);
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `${what} ended (${child.exitCode ?? child.signalCode}) before answering${said()}`,
        );
      }
      if (await answers(origin)) return { origin, pid: child.pid!, stop };
      if (Date.now() >= deadline) {
        throw new Error(
          `${what} did not answer on ${origin} within ${timeoutMs / 1000} s${said()}`,
        );
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (e) {
    stop();
    throw e;
  }
}

/** `vite preview` of the built page on 127.0.0.1:`port`. */
export function startPreview(
  port: number,
  timeoutMs?: number,
  outDir?: string,
): Promise<RunningServer> {
  return startServer({
    command: 'npx',
    args: [
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    origin: `http://127.0.0.1:${port}`,
    timeoutMs,
  });
}
