import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { get, type IncomingHttpHeaders } from 'node:http';
import { createTestApp, listening, type TestApp } from './support/test-app';

/** A built web app as `vite build` and the precompress step leave it. */
function builtWebApp(): { dir: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), 'belong-web-'));
  mkdirSync(join(dir, 'assets'));
  const script = `console.log(${JSON.stringify('Belong '.repeat(400))});`;
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Belong</title><script src="/assets/app-3f2a1b.js"></script>');
  writeFileSync(join(dir, 'assets/app-3f2a1b.js'), script);
  writeFileSync(join(dir, 'assets/app-3f2a1b.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets/app-3f2a1b.js.gz'), gzipSync(script));
  return { dir, script };
}

/** The bytes as they travel (a plain node:http client: it does not decompress, as fetch and supertest do). */
function rawGet(url: string, encoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the web app as the API serves it', () => {
  const web = builtWebApp();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ webDist: web.dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web.dir, { recursive: true, force: true });
  });

  const asset = async (encoding: string) => rawGet(`${await listening(t)}/assets/app-3f2a1b.js`, encoding);

  it('sends the brotli copy to a browser that takes it, cached for a year', async () => {
    const res = await asset('gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(res.body).toString()).toBe(web.script);
    expect(res.body.length).toBeLessThan(web.script.length / 10);
  });

  it('sends the gzip copy to one that takes only gzip, and the file itself to one that takes neither', async () => {
    const gzipped = await asset('gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(web.script);
    const plain = await asset('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(web.script);
  });

  it('never lets a cache keep index.html stale: every path of the app gets it revalidated', async () => {
    const res = await t.http().get('/strategies/some-id').expect(200);
    expect(res.text).toContain('<title>Belong</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
