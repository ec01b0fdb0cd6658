import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { AppError } from '../errors.js';

/**
 * HTML → PDF through headless Chromium, whose HarfBuzz shaping gets Khmer right (stacked
 * consonants, split and below vowels) where the JavaScript PDF libraries do not; see
 * docs/decisions/0009-pdf-through-chromium.md.
 *
 * One browser per server process, launched on the first print and kept warm (≈ 0.5–3 s to
 * launch, a few hundred ms per page after), with one offline browser context: nothing but the
 * document itself is ever loaded (the fonts are data: URLs inside it). Each render gets its own
 * page, closed afterwards (a context per render costs ≈ 40 % more time and isolates nothing a
 * static, offline page could leak). At most `concurrency` renders run at once; the rest wait.
 */
export interface PdfRenderer {
  /** A complete HTML document (fonts inlined) printed as A4 PDF bytes. */
  render(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

interface Logger {
  error(obj: object, msg: string): void;
}

export interface ChromiumOptions {
  executablePath: string;
  concurrency?: number;
  log?: Logger;
}

/** Flags for a server without a display, sandbox or network needs. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const TIMEOUT_MS = 30_000;

/** Whether a Chromium executable is at `executablePath` (tests skip the rendering checks without one). */
export const chromiumInstalled = (executablePath: string): boolean => {
  try {
    fs.accessSync(executablePath, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

interface Warm {
  browser: Browser;
  context: BrowserContext;
}

export class ChromiumPdfRenderer implements PdfRenderer {
  private browser: Promise<Warm> | null = null;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: ChromiumOptions) {}

  async render(html: string): Promise<Buffer> {
    await this.acquire();
    try {
      const { context } = await this.launch();
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: TIMEOUT_MS });
        // Print only once the Khmer font is decoded, or Chromium prints with a fallback font.
        // (A string, evaluated in the page: the server's TypeScript has no DOM types.)
        await page.evaluate('document.fonts.ready.then(() => true)');
        return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.close();
      }
    } finally {
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = this.browser;
    this.browser = null;
    if (!pending) return;
    try {
      await (await pending).browser.close();
    } catch {
      // It never started, or has gone already: nothing left to close.
    }
  }

  private launch(): Promise<Warm> {
    if (this.closed) return Promise.reject(new AppError('pdf.unavailable', 'The server is shutting down'));
    if (this.browser) return this.browser;
    const { executablePath } = this.options;
    if (!chromiumInstalled(executablePath)) {
      return Promise.reject(new AppError('pdf.unavailable', `Chromium was not found at ${executablePath} (CHROMIUM_PATH)`));
    }
    const launching = this.start(executablePath);
    this.browser = launching;
    // A failed start is forgotten, so the next print tries again (Chromium may be installed since).
    launching.catch(() => {
      if (this.browser === launching) this.browser = null;
    });
    return launching;
  }

  private async start(executablePath: string): Promise<Warm> {
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: TIMEOUT_MS });
    } catch (err) {
      this.options.log?.error({ err: err instanceof Error ? err.message : String(err), executablePath }, 'Chromium did not start');
      throw new AppError('pdf.unavailable', 'Chromium did not start');
    }
    // Read after the await: by now `launch` has stored this start as the current browser.
    const current = this.browser;
    // A crashed or killed browser is replaced on the next print.
    browser.on('disconnected', () => {
      if (this.browser === current) this.browser = null;
    });
    try {
      return { browser, context: await browser.newContext({ offline: true }) };
    } catch (err) {
      await browser.close();
      throw err;
    }
  }

  private async acquire(): Promise<void> {
    const limit = this.options.concurrency ?? 2;
    if (this.running < limit) {
      this.running++;
      return;
    }
    // The slot is handed over by `release`, so `running` stays counted for the waiter.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
