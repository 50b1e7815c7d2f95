// Shared by the compat tests that talk HTTP: `mnemo serve` on a free loopback port over a fresh database, with one API
// key per project from `mnemo keys create`. Not a test file itself (test.sh runs *.test.mjs).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

/**
 * Starts the built CLI (MNEMO_CLI_DLL) as `mnemo serve` and waits for /healthz; `extraEnv` adds variables (an LLM).
 * @returns {{dir: string, host: string, keys: Record<string, string>, stderr: string, stop: () => Promise<void>}}
 */
export async function startServe(prefix, projects, extraEnv = {}) {
  const dll = process.env.MNEMO_CLI_DLL;
  assert.ok(dll, 'MNEMO_CLI_DLL must point at the built Mnemo.Cli.dll');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = join(dir, 'mnemo.db');
  const env = { ...process.env, DOTNET_NOLOGO: '1', MNEMO_HOME: dir, ...extraEnv };
  const keys = Object.fromEntries(projects.map((project) => [
    project,
    execFileSync('dotnet', [dll, 'keys', 'create', '--project', project, '--db', db], { env, encoding: 'utf8' }).trim(),
  ]));
  const host = `http://127.0.0.1:${await freePort()}`;
  const server = spawn('dotnet', [dll, 'serve', '--urls', host, '--db', db], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const serve = {
    dir,
    host,
    keys,
    stderr: '',
    async stop() {
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((r) => server.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.stderr.on('data', (chunk) => { serve.stderr += chunk; });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${host}/healthz`)).ok) return serve;
    } catch { /* not listening yet */ }
    if (i > 300 || server.exitCode !== null) {
      await serve.stop();
      throw new Error(`mnemo serve did not start: ${serve.stderr}`);
    }
    await sleep(100);
  }
}
