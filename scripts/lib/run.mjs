// Runs a command with inherited output and resolves with its exit code, so scripts can report
// every step instead of stopping at the first failure.
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './paths.mjs';

export function run(command, args, { cwd = REPO_ROOT, env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`Failed to start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs an npm script; `extraArgs` go after `--`. */
export function runNpm(script, extraArgs = []) {
  const args = ['run', script, ...(extraArgs.length > 0 ? ['--', ...extraArgs] : [])];
  return run('npm', args);
}
