import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { startServer, type Running } from '../../src/server/main';
import { DEMO_PASSWORD } from '../../src/server/seed/demo';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHOTS = path.join(ROOT, '.test-results', 'screenshots');

/** The platform as `npm start` runs it: built web app, embedded database, demo city. */
export async function startPlatform(): Promise<Running & { dataDir: string }> {
  const webDist = path.join(ROOT, 'dist/web');
  if (!fs.existsSync(path.join(webDist, 'index.html')))
    throw new Error('dist/web is missing: run `npm run build:web` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: dataDir,
    WEB_DIST: webDist,
    LOG_LEVEL: 'warn',
  });
  const running = await startServer(config, { seedDemo: true, handleSignals: false });
  return {
    ...running,
    dataDir,
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

type Platform = Awaited<ReturnType<typeof startPlatform>>;

type Viewport = { width: number; height: number };

export type E2eSession = {
  readonly platform: Platform;
  readonly browser: Browser;
  /** A page in a fresh context (its own cookies), in Chinese. */
  newPage(viewport: Viewport, options?: { acceptDownloads?: boolean }): Promise<Page>;
  /** Signs in through the form; `home`, when given, is the test id of the page it must land on. */
  signIn(page: Page, username: string, options?: { password?: string; home?: string }): Promise<void>;
};

/** The platform and a browser for one test file: started before its tests, stopped after them. */
export function e2eSession(): E2eSession {
  let platform: Platform | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the e2e session starts in beforeAll');
    return value;
  };
  return {
    get platform() {
      return started(platform);
    },
    get browser() {
      return started(browser);
    },
    async newPage(viewport, options = {}) {
      const context = await started(browser).newContext({ viewport, locale: 'zh-CN', ...options });
      return context.newPage();
    },
    async signIn(page, username, { password = DEMO_PASSWORD, home } = {}) {
      await page.goto(`${started(platform).url}/`);
      await page.getByTestId('sign-in-username').fill(username);
      await page.getByTestId('sign-in-password').fill(password);
      await page.getByTestId('sign-in-submit').click();
      if (home) await page.getByTestId(home).waitFor();
    },
  };
}

/** A screenshot into SHOTS once skeletons and spinners are gone and their fade-out has ended. */
export async function snap(page: Page, name: string, fullPage = false): Promise<void> {
  await expect.poll(() => page.locator('.ant-skeleton, .ant-spin-spinning').count()).toBe(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SHOTS, name), fullPage });
}
