import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { listeningPort } from '../../scripts/bench/processes';

const ROOT = path.join(__dirname, '..', '..');

/**
 * Starts the real bot (`bot/main.ts`) in its own process, with PORT=0 and `env`, and resolves
 * with its port once it listens; `exited` resolves with its exit code.
 */
export function startBotProcess(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bot/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return listeningPort(child).then((port) => ({ child, port, exited }));
}
