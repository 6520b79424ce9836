// Browser tests: Debian's Chromium driven by playwright-core against the real server on 127.0.0.1,
// with the demo content loaded, so every page is seen as a person would see it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../app.ts';
import type { App, Services } from '../app-types.ts';
import { testConfig } from '../config.ts';
import { openMigratedTestDatabase } from './migrated-database.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { startSession } from '../accounts/session.ts';
import { createMailer } from '../notifications/mailer.ts';
import { assembleServices } from '../services.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export interface LiveServer {
  app: App;
  services: Services;
  baseUrl: string;
  close(): Promise<void>;
}

export async function startLiveServer(): Promise<LiveServer> {
  const { db, drop } = await openMigratedTestDatabase();
  await seedDemoContent(db, new Date(), 180);
  const config = testConfig();
  const services = assembleServices(db, config, createMailer(null, config.mailFrom, { info() {} } as never));
  const app = await buildApp(services);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    services,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export interface LiveBrowser {
  server: LiveServer;
  browser: Browser;
}

/**
 * The demo server and Chromium for a test file: started before its tests and closed after them. Call it at the top
 * of the file; the fields are there once the tests run. `started` finishes the set-up (a file's own before hooks
 * need not wait for this one).
 */
export function withLiveBrowser(started?: (live: LiveBrowser) => Promise<void>): LiveBrowser {
  const live = {} as LiveBrowser;
  before(async () => {
    live.server = await startLiveServer();
    live.browser = await launchBrowser();
    await started?.(live);
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

export interface ContextOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** Off by default: the platform needs none. On only to let axe-core run in the page. */
  forAxe?: boolean;
  /** The interface language as chosen with the switch (a signed-in person's own choice wins over the browser's). */
  language?: 'nl' | 'fr' | 'en';
}

/** A browser context signed in as the demo account with this e-mail, or a visitor's for null. */
export async function contextAs(
  browser: Browser,
  server: LiveServer,
  email: string | null,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? 'nl-BE',
    javaScriptEnabled: options.forAxe ?? false,
    bypassCSP: options.forAxe ?? false,
  });
  if (email) {
    const person = await server.services.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const token = await startSession(server.services.db, person.id, new Date());
    await context.addCookies([{ name: 'hd_session', value: token, url: server.baseUrl }]);
  }
  if (options.language) await context.addCookies([{ name: 'hd_lang', value: options.language, url: server.baseUrl }]);
  return context;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe-core with the WCAG 2.0 and 2.1 A and AA rules on the page as it is. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/**
 * axe-core's violations on these pages for each person (null: a visitor), each person in a context of their own,
 * as "person address rule: elements" lines; an empty list when axe finds nothing.
 */
export async function axeViolationsFor(
  live: LiveBrowser,
  people: (string | null)[],
  addresses: string[],
  options: Omit<ContextOptions, 'forAxe'> = {},
): Promise<string[]> {
  const found: string[] = [];
  for (const who of people) {
    const context = await contextAs(live.browser, live.server, who, { ...options, forAxe: true });
    const page = await context.newPage();
    for (const address of addresses) {
      await page.goto(address.startsWith('/') ? `${live.server.baseUrl}${address}` : address);
      for (const v of await axeViolations(page))
        found.push(`${who ?? 'visitor'} ${address} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
  }
  return found;
}
