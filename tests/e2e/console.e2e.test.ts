import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, snap } from './browser';

// The console's organisation and audit pages, driven as their users would, against the real server.

const session = e2eSession();

const newPage = (viewport = { width: 1280, height: 800 }) => session.newPage(viewport);

const signIn = (page: Page, username: string, password?: string) =>
  session.signIn(page, username, { password, home: 'home-console' });

/** Opens a console page the way a desk user does: through the sider menu. */
async function openFromMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
}

/** The text announced for a form control: what its aria-describedby points at (error, hint). */
async function describedBy(page: Page, testId: string): Promise<string> {
  const ids = (await page.getByTestId(testId).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return texts.join('\n');
}

const FULL_ID_NUMBER = /\d{17}[\dX]/;
const FULL_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

describe('组织机构 (organisation) for a center admin', () => {
  it('adds a window, shows the server’s conflict at the number field, and deactivates it after confirming', async () => {
    const page = await newPage();
    await signIn(page, 'center_admin');
    await openFromMenu(page, '组织机构');
    await page.getByTestId('page-organisation').waitFor();
    await page.getByTestId('org-tab-windows').click();

    // Their own center is preselected, with its seeded windows.
    await page.getByTestId('window-number-A01').waitFor();
    expect(await page.getByTestId('window-center').innerText()).toContain('金东区行政服务中心');
    expect(await page.getByTestId('window-number-A09').count()).toBe(0);

    await page.getByTestId('window-add').click();
    await page.getByTestId('window-form-number').fill('a09'); // typed in lower case on purpose
    await page.getByTestId('window-form-name').fill('综合受理窗口 9');
    await expect
      .poll(() => page.getByTestId('window-form').getByRole('radio', { name: '综合窗口' }).isChecked())
      .toBe(true);
    await page.getByTestId('window-form-submit').click();
    await page.getByText('已新增窗口 A09').waitFor();
    await page.getByTestId('window-number-A09').waitFor();
    expect(await page.getByTestId('window-status-A09').innerText()).toBe('使用中');
    const row = page.locator('tr', { has: page.getByTestId('window-number-A09') });
    expect(await row.innerText()).toContain('综合受理窗口 9');
    expect(await row.innerText()).toContain('综合窗口');

    // A01 exists: the 409's field detail lands under the number, the summary in a toast.
    await page.getByTestId('window-add').click();
    await page.getByTestId('window-form-number').fill('A01');
    await page.getByTestId('window-form-name').fill('重复的窗口');
    await page.getByTestId('window-form-submit').click();
    await expect.poll(() => describedBy(page, 'window-form-number')).toContain('该中心已有此窗口号');
    expect(await page.getByTestId('window-form-number').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('与现有数据冲突').first().waitFor();
    await snap(page, 'console-window-conflict.png');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await page.getByTestId('window-form').waitFor({ state: 'detached' });

    // Deactivating asks first; cancelling the question changes nothing.
    const question = page.locator('.ant-popconfirm');
    await page.getByTestId('window-toggle-A09').click();
    await question.getByText('停用窗口 A09？').waitFor();
    await question.getByRole('button', { name: /取\s*消/ }).click();
    await question.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('window-status-A09').innerText()).toBe('使用中');
    await page.getByTestId('window-toggle-A09').click();
    await question.getByText('停用窗口 A09？').waitFor();
    await page.getByTestId('window-toggle-confirm').click();
    await expect.poll(() => page.getByTestId('window-status-A09').innerText()).toBe('已停用');
    await page.getByText('窗口 A09 已停用').waitFor();
    expect(await page.getByTestId('window-toggle-A09').innerText()).toMatch(/启\s*用/);
    await question.waitFor({ state: 'hidden' });
    await snap(page, 'console-windows.png', true);

    // It is stored, not just drawn: after a reload (the tab is in the URL) it is still out of use.
    await page.reload();
    await expect.poll(() => page.getByTestId('window-status-A09').innerText()).toBe('已停用');
    await page.context().close();
  });

  it('lists staff with masked ID and mobile numbers only, and fits a phone screen', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, 'center_admin');
    // The sider is folded away on a phone; the home tiles lead to the page.
    await page
      .getByRole('main')
      .getByRole('link', { name: /组织机构/ })
      .click();
    await page.getByTestId('page-organisation').waitFor();
    await page.getByTestId('org-tab-staff').click();
    const table = page.getByTestId('staff-table');
    await table.getByText('周海燕').waitFor();

    const roles = await table.innerText();
    expect(roles).toContain('综合窗口'); // clerk, localized
    expect(roles).toContain('中心管理员');
    // The citizen in the region shows with a masked ID number and mobile number...
    expect(roles).toMatch(/\d{4}\*{10}[\dX]{4}/);
    expect(roles).toMatch(/1\d{2}\*{4}\d{4}/);
    // ...and no whole number appears anywhere on the page.
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(FULL_ID_NUMBER);
    expect(text).not.toMatch(FULL_MOBILE);
    expect(text).toContain('证件号码和手机号码已脱敏显示');

    // The table scrolls inside itself; the page does not scroll sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // A center admin may add clerks and agents, so the button is there.
    expect(await page.getByTestId('staff-add').isVisible()).toBe(true);
    await snap(page, 'console-staff-phone.png', true);
    await page.context().close();
  });

  it('does not offer the audit log, which the API refuses to center admins', async () => {
    const page = await newPage();
    await signIn(page, 'center_admin');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: '组织机构', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: '审计日志' }).count()).toBe(0);
    await page.goto(`${session.platform.url}/console/audit`);
    await page.getByText('无权访问').waitFor();
    await page.context().close();
  });
});

describe('审计日志 (audit log)', () => {
  it('shows the platform admin the log, a row in full, and an intact hash chain', async () => {
    const page = await newPage();
    await signIn(page, 'admin');
    await openFromMenu(page, '审计日志');
    await page.getByTestId('page-audit').waitFor();
    const table = page.getByTestId('audit-table');
    // The admin's own sign-in is the newest row, its action code shown in words.
    await table.getByText('登录', { exact: true }).first().waitFor();
    const newest = await table.locator('tbody tr.ant-table-row').first().innerText();
    expect(newest).toContain('登录');
    expect(newest).toContain('平台管理员');

    // Filtering by action finds the demo seed, however many rows other tests added since.
    await page.getByTestId('audit-filter-action').click();
    await page.keyboard.type('演示');
    await page.locator('.ant-select-dropdown').getByText('载入演示数据', { exact: true }).click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await table.innerText()).not.toContain('auth.sign_in');

    // The row in full: its digest and chain hash (64 hex characters each) and its detail.
    await table.locator('[data-testid^="audit-open-"]').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('载入演示数据').first().waitFor();
    expect(await drawer.innerText()).toMatch(/[0-9a-f]{64}/);
    expect(await page.getByTestId('audit-detail-json').innerText()).toContain('"accountsCreated"');
    await snap(page, 'console-audit-drawer.png');
    await drawer.getByRole('button', { name: /close|关闭/i }).click();

    await page.getByTestId('audit-verify').click();
    const result = page.getByTestId('audit-verify-result');
    await result.waitFor();
    expect(await result.innerText()).toMatch(/哈希链完整，已校验 \d+ 条记录/);
    expect(await result.getAttribute('class')).toContain('ant-alert-success');
    await snap(page, 'console-audit.png', true);
    await page.context().close();
  });

  it('lets a supervisor read the log of their region on a phone, but not verify the chain', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, 'supervisor');
    await page
      .getByRole('main')
      .getByRole('link', { name: /审计日志/ })
      .click();
    await page.getByTestId('page-audit').waitFor();
    await page.getByTestId('audit-table').getByText('登录', { exact: true }).first().waitFor();
    expect(await page.getByTestId('page-audit').locator('xpath=..').innerText()).toContain('金华市');
    expect(await page.getByTestId('audit-verify').count()).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, 'console-audit-supervisor-phone.png', true);
    await page.context().close();
  });
});
