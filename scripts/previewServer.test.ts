// @vitest-environment node
// The browser scripts' server starter: it waits with a deadline, says why it gave up, and leaves no process behind.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './previewServer.ts';

const dirs: string[] = [];
const pidsToClean: number[] = [];
afterEach(() => {
  for (const pid of pidsToClean.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone, as it should be.
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'preview-server-'));
  dirs.push(d);
  return d;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

async function readPid(file: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    try {
      const pid = Number(readFileSync(file, 'utf8'));
      if (pid > 0) return pid;
    } catch {
      // Not written yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no pid in ${file}`);
}

/** Node code that records its own pid in `file`. */
const recordPid = (file: string) =>
  `require('fs').writeFileSync(${JSON.stringify(file)}, String(process.pid));`;

describe('startServer', () => {
  it('gives up after its timeout with a clear error, and stops the command', async () => {
    const pidFile = join(scratch(), 'pid');
    const origin = `http://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    await expect(
      startServer({
        command: process.execPath,
        args: ['-e', `${recordPid(pidFile)} console.log('starting'); setInterval(() => {}, 1000);`],
        origin,
        timeoutMs: 1_000,
      }),
    ).rejects.toThrow(new RegExp(`did not answer on ${origin} within 1 s:\\nstarting`));
    expect(Date.now() - started).toBeLessThan(10_000);
    const pid = await readPid(pidFile);
    pidsToClean.push(pid);
    expect(await gone(pid)).toBe(true);
  }, 20_000);

  it('says so when the command ends before answering', async () => {
    const origin = `http://127.0.0.1:${await freePort()}`;
    await expect(
      startServer({
        command: process.execPath,
        args: ['-e', "console.error('no build'); process.exit(3)"],
        origin,
      }),
    ).rejects.toThrow(/ended \(3\) before answering:\nno build/);
  }, 20_000);

  it('refuses a port that something else already answers on', async () => {
    const other: Server = createServer((_, res) => res.end('someone else'));
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const { port } = other.address() as { port: number };
    try {
      await expect(
        startServer({
          command: process.execPath,
          args: ['-e', ''],
          origin: `http://127.0.0.1:${port}`,
        }),
      ).rejects.toThrow(/already answers/);
    } finally {
      await new Promise((r) => other.close(r));
    }
  });

  it('stop ends the server that the command started, not only the command', async () => {
    // Like npx running vite: the command starts a child that does the serving and then just waits.
    const pidFile = join(scratch(), 'pid');
    const port = await freePort();
    const serve = `${recordPid(pidFile)} require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1');`;
    const launcher = `require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(serve)}], { stdio: 'ignore' }); setInterval(() => {}, 1000);`;
    const server = await startServer({
      command: process.execPath,
      args: ['-e', launcher],
      origin: `http://127.0.0.1:${port}`,
      timeoutMs: 15_000,
    });
    const servingPid = await readPid(pidFile);
    pidsToClean.push(servingPid, server.pid);
    expect(servingPid).not.toBe(server.pid);
    server.stop();
    expect(await gone(servingPid)).toBe(true);
    expect(await gone(server.pid)).toBe(true);
  }, 30_000);
});
