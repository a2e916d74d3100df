/**
 * `astro dev`, or a script that starts it, run in a process group of its own and resolved once it
 * prints its address: for the benchmark's start times and the editor's browser tests.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface DevServer {
  /** The address it serves, without a trailing slash ("http://127.0.0.1:43007"). */
  url: string;
  /** Everything it printed so far, for failure messages. */
  output(): string;
  /** Stops it and whatever it started. */
  close(): Promise<void>;
}

export function startDevServer(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<DevServer> {
  let output = '';
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${command} ${args.join(' ')} did not start within 60 s:\n${output}`));
      void close();
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local\s+(http:\/\/[\w.]+:\d+)\//.exec(stripVTControlCharacters(output))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, output: () => output, close });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} stopped (${code}):\n${output}`));
    });
  });
}
