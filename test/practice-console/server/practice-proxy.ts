import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASSET_PREFIX, type PracticeBackend, type PracticeResponder } from './practice-server';

/**
 * The practice console as a real HTTPS server behind a local proxy, for Chromium. Playwright's
 * routes turn the browser's HTTP cache off and carry every byte through the DevTools protocol, so
 * each page load sent the practice console's 2.3 MB of script and style through CDP and compiled it
 * anew; behind this proxy the browser loads them as from any server and caches them (same files,
 * same answers: the one responder of practice-server.ts). Every https connection is answered here
 * (a certificate made for this machine, trusted by its key's hash only), so every address a
 * request asks for is known and everything that is not the practice console is refused and recorded.
 */
export interface PracticeProxy {
  /** For the browser's `--proxy-server`. */
  server: string;
  /** For `--ignore-certificate-errors-spki-list`: the browser trusts this proxy's certificate and no other. */
  spkiHash: string;
  /** Every request that tried to leave the machine (refused): the extension must make none. */
  refusedRequests: string[];
  close(): Promise<void>;
}

interface Certificate {
  key: Buffer;
  cert: Buffer;
  spkiHash: string;
}

let certificate: Certificate | undefined;

/** One self-signed certificate per machine and user (openssl, made once, kept in the temp folder). */
function practiceCertificate(): Certificate {
  if (certificate) return certificate;
  const dir = join(tmpdir(), `console-coach-practice-tls-${process.getuid?.() ?? 'user'}`);
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  if (!existsSync(certPath) || !existsSync(keyPath) || expiresSoon(readFileSync(certPath))) {
    mkdirSync(dir, { recursive: true });
    // The names are for people reading the certificate: the browser trusts it by its key's hash, for every host.
    const names = ['aws.amazon.com', ...['aws.amazon.com', 'amazonaws-us-gov.com', 'amazonaws.cn'].flatMap((d) => [`console.${d}`, `*.console.${d}`, `signin.${d}`, `*.signin.${d}`])];
    // Written to a unique name first: two workers may make one at the same time.
    const suffix = `${process.pid}-${Date.now()}`;
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '30',
      '-subj', '/CN=Console Coach practice console', '-addext', `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
      '-keyout', `${keyPath}.${suffix}`, '-out', `${certPath}.${suffix}`,
    ], { stdio: 'pipe' });
    execFileSync('mv', ['-f', `${keyPath}.${suffix}`, keyPath]);
    execFileSync('mv', ['-f', `${certPath}.${suffix}`, certPath]);
  }
  const cert = readFileSync(certPath);
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  certificate = { key: readFileSync(keyPath), cert, spkiHash: createHash('sha256').update(spki).digest('base64') };
  return certificate;
}

function expiresSoon(pem: Buffer): boolean {
  try {
    return new Date(new X509Certificate(pem).validTo).getTime() - Date.now() < 2 * 24 * 3600 * 1000;
  } catch {
    return true;
  }
}

/**
 * Chromium's own background services (component and extension updates, account checks, spell-check
 * dictionaries) that its switches leave on: Google hosts, asked by the browser itself (no page or extension initiated
 * them: no Sec-Fetch-Site other than none) and not a page load. Playwright's routes never saw
 * these; a page's or the extension's request to the same hosts is still refused and recorded.
 */
function isBrowserServiceRequest(url: string, request: IncomingMessage): boolean {
  const host = new URL(url).hostname;
  const site = request.headers['sec-fetch-site'];
  const fromBrowser = site === undefined || site === 'none';
  return fromBrowser && request.headers['sec-fetch-dest'] !== 'document' && /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/.test(host);
}

/** Read a request body (the practice API's POSTs). */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startPracticeProxy({ respond, backend }: { respond: PracticeResponder; backend: () => PracticeBackend }): Promise<PracticeProxy> {
  const { key, cert, spkiHash } = practiceCertificate();
  const refusedRequests: string[] = [];
  const refuse = (url: string, response: ServerResponse) => {
    // Each address once: Chromium retries a request whose connection closed unanswered.
    if (!isBrowserServiceRequest(url, response.req) && !refusedRequests.includes(url)) refusedRequests.push(url);
    response.socket?.destroy();
  };

  const https = createHttpsServer({ key, cert }, async (request, response) => {
    const url = `https://${request.headers.host ?? ''}${request.url ?? '/'}`;
    try {
      const body = request.method === 'POST' ? await readBody(request) : null;
      const destination = request.headers['sec-fetch-dest'];
      const answer = await respond({ url, method: request.method ?? 'GET', isDocument: destination === 'document' || destination === 'iframe', body: () => body }, backend());
      if ('refuse' in answer) return refuse(url, response);
      const headers: Record<string, string> = { 'content-type': answer.contentType ?? 'application/octet-stream' };
      // Built assets have content hashes in their names: cache them as a CDN would; never pages or the API.
      const isAsset = new URL(url).pathname.startsWith(`${ASSET_PREFIX}assets/`);
      headers['cache-control'] = isAsset ? 'public, max-age=31536000, immutable' : 'no-store';
      response.writeHead(answer.status, headers);
      response.end(answer.body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`Practice console error: ${(error as Error).message}`);
    }
  });

  const proxy = createHttpServer((request, response) => refuse(request.url ?? '', response));
  // https: the browser asks to CONNECT; the connection is answered by the server above, whatever the host.
  proxy.on('connect', (_request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    https.emit('connection', socket);
  });
  proxy.on('clientError', (_error, socket) => socket.destroy());
  https.on('tlsClientError', () => {});

  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    spkiHash,
    refusedRequests,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        https.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
