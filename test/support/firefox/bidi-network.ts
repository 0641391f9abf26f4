import type { Browser } from 'puppeteer-core';
import { createPracticeResponder, isPracticeConsoleUrl, type PracticeBackend, type PracticeCookies } from '../../practice-console/server/practice-server';

/**
 * The WebDriver BiDi session puppeteer holds for Firefox. puppeteer has no browser-wide request
 * interception (only per page, set after the page exists: too late for a tab the extension opens),
 * so the practice console is served through the session's own `network.addIntercept`.
 */
export interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, handler: (params: never) => void): unknown;
}

export function bidiSession(browser: Browser): BidiSession {
  const connection = (browser as unknown as { connection?: BidiSession }).connection;
  if (!connection || typeof connection.send !== 'function') throw new Error('Not a WebDriver BiDi browser: launch Firefox with puppeteer-core (protocol webDriverBiDi).');
  return connection;
}

interface BidiValue {
  type: 'string' | 'base64';
  value: string;
}

interface BeforeRequestSent {
  isBlocked: boolean;
  navigation: string | null;
  request: { request: string; url: string; method: string; destination?: string };
}

/** Pages a test serves itself (another site, to show the coach stays away): URL → HTML. */
export type ExtraPages = (url: URL) => string | null;

export interface PracticeInterception {
  /** Every request that tried to leave the machine (refused): the extension must make none. */
  refusedRequests: string[];
  /** Errors while answering: a request the page gave up on meanwhile, or a bug in the harness (not the extension). */
  errors: string[];
}

const text = (value: BidiValue) => (value.type === 'base64' ? Buffer.from(value.value, 'base64').toString('utf8') : value.value);

/** The browser's cookie jar through BiDi's storage module (the practice console keeps its variants there). */
function bidiCookies(bidi: BidiSession): PracticeCookies {
  return {
    get: async (url, name) => {
      const host = new URL(url).hostname;
      const { result } = await bidi.send('storage.getCookies', { filter: { name } });
      const cookies = result.cookies as { domain: string; value: BidiValue }[];
      const found = cookies.find((c) => {
        const domain = c.domain.replace(/^\./, '');
        return host === domain || host.endsWith(`.${domain}`);
      });
      return found ? text(found.value) : undefined;
    },
    set: async ({ name, value, domain }) => {
      await bidi.send('storage.setCookie', { cookie: { name, value: { type: 'string', value }, domain, path: '/', secure: true, sameSite: 'lax' } });
    },
    clear: async (name) => {
      await bidi.send('storage.deleteCookies', { filter: { name } });
    },
  };
}

/**
 * Answer every http(s) request of every tab, whoever opened it: the console and sign-in hosts and
 * `https://aws.amazon.com/console/…` from the same practice backend as in Chromium
 * (`createPracticeResponder`), the pages a test serves itself, and refuse (and record) the rest.
 */
export async function interceptPracticeConsole(
  bidi: BidiSession,
  { distDir, backend, extraPages }: { distDir: string; backend: () => PracticeBackend; extraPages: () => ExtraPages | null },
): Promise<PracticeInterception> {
  const respond = await createPracticeResponder({ distDir, cookies: bidiCookies(bidi) });
  const interception: PracticeInterception = { refusedRequests: [], errors: [] };
  // The practice API's actions are POSTs: keep request bodies so the backend can read them.
  try {
    await bidi.send('network.addDataCollector', { dataTypes: ['request'], maxEncodedDataSize: 1_000_000 });
  } catch (error) {
    throw new Error(`This Firefox cannot hand request bodies to WebDriver BiDi (network.addDataCollector): ${(error as Error).message}. Use Firefox ESR 153 or newer (Debian bookworm-security's firefox-esr).`);
  }
  const fail = (request: string) => bidi.send('network.failRequest', { request }).catch(() => undefined);
  const provide = (request: string, status: number, contentType: string | undefined, body: string | Buffer) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const headers = [
      ...(contentType ? [{ name: 'content-type', value: { type: 'string', value: contentType } }] : []),
      { name: 'content-length', value: { type: 'string', value: String(bytes.length) } },
    ];
    return bidi.send('network.provideResponse', { request, statusCode: status, reasonPhrase: status === 200 ? 'OK' : String(status), headers, body: { type: 'base64', value: bytes.toString('base64') } });
  };

  bidi.on('network.beforeRequestSent', (event: BeforeRequestSent) => {
    if (!event.isBlocked) return;
    const { request: id, url: address, method, destination } = event.request;
    void (async () => {
      const url = new URL(address);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        await bidi.send('network.continueRequest', { request: id });
        return;
      }
      const extra = extraPages()?.(url) ?? null;
      if (extra !== null) {
        await provide(id, 200, 'text/html; charset=utf-8', extra);
        return;
      }
      if (!isPracticeConsoleUrl(url)) {
        interception.refusedRequests.push(address);
        await fail(id);
        return;
      }
      const isDocument = destination === undefined ? event.navigation !== null : destination === 'document' || destination === 'iframe' || destination === 'frame';
      const body = async () => {
        const { result } = await bidi.send('network.getData', { dataType: 'request', request: id });
        return text(result.bytes as BidiValue);
      };
      const response = await respond({ url: address, method, isDocument, body }, backend());
      if ('refuse' in response) await fail(id);
      else await provide(id, response.status, response.contentType, response.body);
    })().catch((error: Error) => {
      interception.errors.push(`${method} ${address}: ${error.message}`);
      void fail(id);
    });
  });
  // http(s) only: the extension's own moz-extension:// files load as they would anyway.
  await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'], urlPatterns: [{ type: 'pattern', protocol: 'http' }, { type: 'pattern', protocol: 'https' }] });
  return interception;
}
