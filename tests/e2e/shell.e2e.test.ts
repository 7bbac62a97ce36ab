import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROLE_AREA, type Role } from '../../src/shared/roles';
import { DEMO_ACCOUNTS } from '../../src/server/seed/demo';
import { e2eSession, SHOTS } from './browser';

const session = e2eSession();

const newPage = (viewport = { width: 1280, height: 800 }) => session.newPage(viewport);

const signIn = (page: Page, username: string, password?: string) =>
  session.signIn(page, username, { password });

describe('sign-in lands each role on its own home', () => {
  const oneAccountPerRole = new Map<Role, string>();
  for (const a of DEMO_ACCOUNTS)
    if (!oneAccountPerRole.has(a.role)) oneAccountPerRole.set(a.role, a.username);

  it.each([...oneAccountPerRole.entries()])('%s (%s) → its home, then signs out', async (role, username) => {
    const page = await newPage();
    await signIn(page, username);
    const area = ROLE_AREA[role];
    await page.getByTestId(`home-${area}`).waitFor();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/${area}`));
    const account = DEMO_ACCOUNTS.find((a) => a.username === username);
    await expect(page.getByTestId('user-summary').innerText()).resolves.toContain(
      account?.displayName ?? '?',
    );

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-username').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // The session is gone on the server too: going back to the area asks for sign-in again.
    await page.goto(`${session.platform.url}/${area}`);
    await page.getByTestId('sign-in-username').waitFor();
    await page.context().close();
  });
});

describe('the sign-in page', () => {
  it('shows the server’s error for a wrong password and stays on the page', async () => {
    const page = await newPage();
    await signIn(page, 'clerk', 'wrong-password-1');
    const alert = page.getByTestId('sign-in-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.context().close();
  });

  it('switches to English, and the server answers in English too', async () => {
    const page = await newPage();
    await page.goto(`${session.platform.url}/sign-in`);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByTestId('sign-in-username').fill('clerk');
    await page.getByTestId('sign-in-password').fill('wrong-password-1');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('sign-in-error').innerText()).toContain('Wrong username or password');
    await page.context().close();
  });

  it('keeps a staff member out of the citizen portal', async () => {
    const page = await newPage();
    await signIn(page, 'reviewer');
    await page.getByTestId('home-workbench').waitFor();
    await page.goto(`${session.platform.url}/portal`);
    await page.getByTestId('home-workbench').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/workbench/);
    await page.context().close();
  });
});

describe('the citizen portal on a phone', () => {
  it('renders Chinese text with a CJK font, fits a 390px screen, and has an elder mode with larger type', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, 'citizen');
    const heading = page.getByTestId('home-portal');
    await heading.waitFor();
    expect(await heading.innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"'))).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'portal-phone.png'), fullPage: true });

    const fontSize = () =>
      page.evaluate(() =>
        parseFloat(
          getComputedStyle(document.querySelector('[data-testid="home-portal"]') as Element).fontSize,
        ),
      );
    const before = await fontSize();
    await page.getByTestId('elder-switch').click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-elder="true"]') !== null))
      .toBe(true);
    expect(await fontSize()).toBeGreaterThan(before);
    await page.screenshot({ path: path.join(SHOTS, 'portal-phone-elder.png'), fullPage: true });
    // The choice survives a reload.
    await page.reload();
    await page.getByTestId('home-portal').waitFor();
    expect(await page.evaluate(() => document.querySelector('[data-elder="true"]') !== null)).toBe(true);
    await page.context().close();
  });
});
