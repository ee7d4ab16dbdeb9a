// The Node.js version check that every top-level command runs first.
export const MIN_NODE_MAJOR = 20;

/** Exits with a clear message when Node.js is older than the minimum. */
export function requireNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE_MAJOR) {
    console.error(`Meritvalv needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js ${process.versions.node}. Install Node.js ${MIN_NODE_MAJOR}+ and run the command again.`);
    process.exit(1);
  }
}
