// A static file server on a loopback address for the demo, the end-to-end tests and the accuracy
// benchmark. It serves one directory, answers POST /report by storing the JSON body (pages use it
// to tell the harness what their own listeners saw) and never listens beyond loopback.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const MAX_REPORT_BYTES = 1024 * 1024;

/**
 * Starts a server for `root` on `host` (127.0.0.1 unless given) and a random free port.
 * Returns { origin, port, host, reports, waitForReport(predicate), close() }.
 * `reports` collects every JSON body posted to /report, in arrival order.
 */
export async function startStaticServer(root, { host = '127.0.0.1', port = 0 } = {}) {
  const rootDir = path.resolve(root);
  const reports = [];
  const waiters = [];

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://loopback');
      if (request.method === 'POST' && url.pathname === '/report') {
        const body = await readBody(request);
        const report = JSON.parse(body);
        reports.push(report);
        for (const waiter of [...waiters]) waiter.check();
        response.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD, POST' }).end('Method not allowed');
        return;
      }
      await serveFile(rootDir, decodeURIComponent(url.pathname), response);
    } catch (error) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end(`Bad request: ${error.message}`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;

  return {
    host,
    port: actualPort,
    origin: `http://${host}:${actualPort}`,
    reports,
    /** Resolves with the first report (past or future) that `predicate` accepts. */
    waitForReport(predicate, timeoutMs = 30000) {
      return new Promise((resolve, reject) => {
        const waiter = {
          check() {
            const found = reports.find(predicate);
            if (!found) return;
            clearTimeout(timer);
            waiters.splice(waiters.indexOf(waiter), 1);
            resolve(found);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`No matching report reached ${host}:${actualPort} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
        waiter.check();
      });
    },
    close() {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function serveFile(rootDir, pathname, response) {
  let filePath = path.resolve(rootDir, `.${pathname}`);
  if (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep)) {
    response.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
    return;
  }
  let stat = await fs.stat(filePath).catch(() => null);
  if (stat?.isDirectory()) {
    filePath = path.join(filePath, 'index.html');
    stat = await fs.stat(filePath).catch(() => null);
  }
  if (!stat?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: ${pathname}`);
    return;
  }
  const type = MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(await fs.readFile(filePath));
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_REPORT_BYTES) {
        reject(new Error(`report body larger than ${MAX_REPORT_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
