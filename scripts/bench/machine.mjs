// Describes the machine a benchmark ran on: CPU, cores, memory, OS, Node and Chromium versions.
import os from 'node:os';
import fs from 'node:fs';

function cpuModel() {
  const model = os.cpus()[0]?.model?.trim();
  if (model) return model;
  // Some virtual machines leave the model out of os.cpus(); /proc/cpuinfo may still name it.
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
}

/** Returns the 1, 5 and 15 minute load averages, rounded to two decimals. */
export function loadAverage() {
  return os.loadavg().map((load) => Math.round(load * 100) / 100);
}

/** Returns the machine description; `chromiumVersion` comes from the launched browser. */
export function describeMachine(chromiumVersion) {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: loadAverage(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion ?? 'unknown',
  };
}
