import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, snap } from './browser';

// The public service guide and the "one thing" bundles, on a phone, against the demo catalog.

const session = e2eSession();

const PHONE = { width: 390, height: 844 };

const newPhonePage = () => session.newPage(PHONE, { acceptDownloads: true });

const signIn = (page: Page, username: string, password?: string) =>
  session.signIn(page, username, { password });

/** How far the page scrolls sideways; a phone page must not. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('the service guide on a phone', () => {
  it('takes a citizen from “开餐馆” to the bundle, its exact checklist and the one-time notice PDF', async () => {
    const page = await newPhonePage();
    await signIn(page, 'citizen');
    await page.getByTestId('home-portal').waitFor();
    await page.goto(`${session.platform.url}/portal/guide`);

    await page.getByTestId('guide-search-input').fill('开餐馆');
    await page.getByTestId('guide-search-submit').click();
    const bundle = page.getByTestId('guide-result-bundle').first();
    await bundle.waitFor();
    await page.getByTestId('guide-result-item').first().waitFor();
    // The query is in the URL, so the results survive a reload and can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('开餐馆');
    // The 开餐馆 bundle is the first card, before every single item.
    expect(await bundle.getByRole('heading').innerText()).toContain('开餐馆');
    expect(
      await page.evaluate(() => {
        const first = document.querySelector('[data-testid="guide-result-bundle"]');
        const item = document.querySelector('[data-testid="guide-result-item"]');
        return (
          !!first && !!item && !!(first.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      }),
    ).toBe(true);
    // The matched characters of at least one item are highlighted.
    expect(await page.locator('[data-testid="guide-result-item"] mark').count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await snap(page, 'guide-search-phone.png', true);

    const code = await bundle.getAttribute('data-code');
    await bundle.getByRole('link').click();
    await page.getByTestId('guide-bundle-title').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/portal/bundles/${code}`);
    expect(await page.getByTestId('guide-bundle-title').innerText()).toContain('开餐馆');
    // The lead department is 市场监管; the others handling member items are named as co-handlers.
    const coDepartments = await page.getByTestId('guide-bundle-co-departments').innerText();
    expect(coDepartments).toContain('生态环境');
    expect(coDepartments).not.toContain('市场监督管理局');
    await expect(page.getByTestId('guide-savings').innerText()).resolves.toContain('与分别办理相比');

    // Answer every question of the merged questionnaire (each question is asked once).
    const questions = page.locator('[data-testid^="guide-question-"]');
    const n = await questions.count();
    expect(n).toBeGreaterThan(0);
    const keys = new Set<string>();
    for (let i = 0; i < n; i++) {
      const group = questions.nth(i);
      keys.add((await group.getAttribute('data-testid')) ?? '');
      await group.getByRole('radio').first().check();
    }
    expect(keys.size).toBe(n);
    await page.getByTestId('guide-checklist-submit').click();
    const checklist = page.getByTestId('guide-checklist');
    await checklist.waitFor();
    expect(await checklist.getByTestId('guide-checklist-material').count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await snap(page, 'guide-bundle-phone.png', true);

    // 下载一次性告知单: the same answers, as a PDF.
    const link = page.getByTestId('guide-notice-download');
    expect(await link.innerText()).toContain('下载一次性告知单');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/api/v1/bundles/${code}/notice\\.pdf\\?answers=`));
    expect(
      Object.keys(JSON.parse(decodeURIComponent(href.split('answers=')[1] ?? '')) as object),
    ).toHaveLength(n);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page.context().close();
  });

  it('shows anyone, signed out, an item’s guide with its legal basis', async () => {
    const page = await newPhonePage();
    await page.goto(`${session.platform.url}/guide?q=${encodeURIComponent('办身份证')}`);
    // The public shell: no account needed, a way to sign in.
    await page.getByTestId('guide-sign-in').waitFor();
    const item = page.getByTestId('guide-result-item').filter({ hasText: '身份证' }).first();
    await item.waitFor();
    expect(await item.getAttribute('data-impl-code')).toMatch(/^[0-9A-Z]{33}$/);
    await item.getByRole('link').click();

    const title = page.getByTestId('guide-item-title');
    await title.waitFor();
    expect(await title.innerText()).toContain('身份证');
    expect(new URL(page.url()).pathname).toMatch(/^\/guide\/items\/[0-9A-Z]{33}$/);
    await expect(page.getByRole('heading', { level: 2, name: '设定依据' }).isVisible()).resolves.toBe(true);
    expect((await page.getByTestId('guide-legal-basis').innerText()).length).toBeGreaterThan(10);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await snap(page, 'guide-item-phone.png', true);

    // Elder mode works here too: the switch is in the public shell and enlarges the guide.
    const size = () =>
      page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('[data-testid="guide-item-title"]')!).fontSize),
      );
    const before = await size();
    await page.getByTestId('elder-switch').click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-elder="true"]') !== null))
      .toBe(true);
    expect(await size()).toBeGreaterThan(before);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
