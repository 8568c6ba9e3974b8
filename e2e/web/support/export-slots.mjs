/**
 * Keeps the one export slot of the server at `url` (run with EXPORT_CONCURRENCY=1 and EXPORT_QUEUE=0) busy, as
 * many people exporting at once would: `callers` ask for the export at `exportPath` (a large working draft, laid
 * out anew each time) again and again without pause, so that the slot is taken again the moment it is free.
 * Resolves once one of them has been refused (503 EXPORTS_BUSY); `await release()` stops them and waits until
 * the last layout is done.
 */
export async function keepExportsBusy(url, { token, exportPath, callers = 3, timeoutMs = 60_000 }) {
  let running = true;
  let refused = false;
  const ask = async () => {
    const response = await fetch(`${url}${exportPath}`, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (response.status === 503) refused = true;
    else if (response.status !== 200) throw new Error(`The export answered ${response.status}`);
  };
  const loops = Array.from({ length: callers }, async () => {
    while (running) await ask();
  });
  const release = async () => {
    running = false;
    await Promise.all(loops);
  };
  const deadline = Date.now() + timeoutMs;
  while (!refused) {
    if (Date.now() > deadline) {
      await release();
      throw new Error(`The export slot could not be kept busy within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { release };
}
