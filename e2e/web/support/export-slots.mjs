import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';

/** The most a TCP connection can hold unread (send buffer plus receive buffer), from the kernel's limits. */
async function unreadCapacity() {
  const most = async (file) => Number((await readFile(file, 'utf8').catch(() => '0 0 33554432')).trim().split(/\s+/)[2]);
  return (await most('/proc/sys/net/ipv4/tcp_wmem')) + (await most('/proc/sys/net/ipv4/tcp_rmem'));
}

/** The largest of the web app's own files, and its size: the page at `url` loads it. */
async function largestAsset(url) {
  const html = await (await fetch(url)).text();
  const paths = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  const sized = await Promise.all(
    paths.map(async (path) => ({ path, size: (await (await fetch(`${url}${path}`)).arrayBuffer()).byteLength })),
  );
  return sized.sort((a, b) => b.size - a.size)[0];
}

/**
 * One connection that asks for one of the app's files again and again, more than the connection can hold
 * unread, then for the export, all pipelined, and reads nothing. The server answers in order: the export's answer waits behind
 * the files, its document cannot be sent, and it keeps its export slot for as long as the connection lasts.
 */
function stalledExport(url, { requests }) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.pause();
  socket.write(requests);
  socket.on('error', () => undefined);
  return socket;
}

/**
 * Keeps every export slot of the server at `url` busy, as many slow downloads would, so that the next PDF
 * export is refused (503 EXPORTS_BUSY). The server must run with EXPORT_CONCURRENCY=1 and EXPORT_QUEUE=0.
 * Resolves once a PDF export is refused; `await release()` lets the slot go. `exportPath` is the path and query
 * of a PDF export that `token` may download.
 */
export async function holdExportSlots(url, { token, exportPath, timeoutMs = 60_000 }) {
  const capacity = await unreadCapacity();
  const asset = await largestAsset(url);
  const get = (path, headers = '') => `GET ${path} HTTP/1.1\r\nHost: ${new URL(url).host}\r\n${headers}\r\n`;
  // Twice what the connection can hold, so that the export's answer surely waits.
  const files = get(asset.path).repeat(Math.ceil((2 * capacity) / asset.size));
  const requests = files + get(exportPath, `Authorization: Bearer ${token}\r\n`);

  const probe = async () => {
    const response = await fetch(`${url}${exportPath}`, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (response.status !== 200 && response.status !== 503) throw new Error(`The probing export answered ${response.status}`);
    return response.status;
  };
  const sockets = [];
  const drop = () => sockets.forEach((socket) => socket.destroy());
  /**
   * Lets the slot go; unless told not to wait, resolves once an export is laid out again (the server
   * notices the closed connections a moment later).
   */
  const release = async ({ wait = true } = {}) => {
    drop();
    while (wait && (await probe()) === 503);
  };
  const deadline = Date.now() + timeoutMs;
  try {
    // The probe may be laid out first and take the slot from the stalled export; then another stalled
    // export comes in behind it, until one holds the slot and the probe is refused.
    while (Date.now() < deadline) {
      sockets.push(stalledExport(url, { requests }));
      if ((await probe()) === 503) return { release };
    }
    throw new Error(`The export slot could not be held within ${timeoutMs / 1000} s`);
  } catch (error) {
    drop();
    throw error;
  }
}
