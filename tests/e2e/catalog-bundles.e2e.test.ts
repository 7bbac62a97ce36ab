import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ITEMS } from '../../src/server/seed/catalog';
import { e2eSession, snap } from './browser';

// The bundle (一件事) console driven as a platform admin would, then checked on the public guide.

const session = e2eSession();

const newPage = (viewport = { width: 1280, height: 900 }) => session.newPage(viewport);

const signIn = (page: Page, username: string) => session.signIn(page, username, { home: 'home-console' });

/** The text announced for a form control: what its aria-describedby points at (error, hint). */
async function describedBy(page: Page, testId: string): Promise<string> {
  const control = page.getByTestId(testId);
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return texts.join('\n');
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Three demo items of 金东区, of three departments (as in the 开餐馆 bundle). */
function demoItem(name: string): { implCode: string; name: string } {
  const item = DEMO_ITEMS.find((i) => i.name === name && i.regionCode === '330703');
  if (!item) throw new Error(`no demo item ${name}`);
  return { implCode: item.implCode, name: item.name };
}
// 市场监管, 0 days, 0 visits; always: 申请书, 身份证 (id_card), 经营场所使用证明 (lease_contract).
const SOLE_TRADER = demoItem('个体工商户设立登记');
// 综合行政执法, 3 days, 1 visit; always: 申请表, 营业执照 (business_license), 经营场所使用证明, 图纸.
const SEWER = demoItem('城镇污水排入排水管网许可证核发');
// 生态环境, 0 days, 0 visits; always: 登记表, 营业执照.
const POLLUTION = demoItem('固定污染源排污登记');
const CODE = 'YJS-E2E-XCY';
const NAME = '开办小餐饮一件事（浏览器测试）';

describe('一件事管理 (bundle console) for the platform admin', () => {
  it('builds a bundle of three departments’ items, meets the promise rule at its field, saves it, and the guide shows it', async () => {
    const page = await newPage();
    await signIn(page, 'admin');

    // Found from the item list: the catalog console has a 一件事 tab.
    await page.getByRole('navigation').getByRole('link', { name: '事项管理', exact: true }).click();
    await page.getByTestId('page-catalog').waitFor();
    await page.getByTestId('catalog-section-bundles').click();
    await page.getByTestId('page-bundles').waitFor();
    await page.locator('[data-testid="bundle-row"][data-code="YJS-KCG"]').waitFor();
    expect(await page.locator('[data-testid="bundle-row"][data-code="YJS-KCG"]').innerText()).toContain(
      '开餐馆一件事',
    );
    await snap(page, 'bundle-list.png');

    await page.getByTestId('bundle-new').click();
    await page.getByTestId('bundle-form').waitFor();
    await page.getByTestId('bundle-field-code').fill(CODE.toLowerCase()); // typed in capitals as it goes
    expect(await page.getByTestId('bundle-field-code').inputValue()).toBe(CODE);
    await page.getByTestId('bundle-field-regionCode').click();
    await page.keyboard.type('金东');
    await page.locator('.ant-select-dropdown:visible').getByText('金东区 330703').click();
    await page.getByTestId('bundle-field-name').fill(NAME);
    await page.getByTestId('bundle-field-lifeEvent').fill('开办小餐饮');
    await page
      .getByTestId('bundle-field-description')
      .fill('个体工商户登记、排水许可和排污登记一次申请、并联办理。');

    // Members, found by name in the picker; each shows its department and promise once added.
    for (const item of [SOLE_TRADER, SEWER, POLLUTION]) {
      await page.getByTestId('bundle-picker-search').locator('input').fill(item.name);
      const add = page.getByTestId(`bundle-candidate-add-${item.implCode}`);
      await add.click();
      await expect.poll(() => add.innerText()).toContain('已加入');
    }
    await expect
      .poll(() => page.getByTestId('bundle-member-1').innerText())
      .toContain('金东区综合行政执法局');
    expect(await page.getByTestId('bundle-member-1').innerText()).toContain('承诺 3 个工作日');

    await page.getByTestId('bundle-field-leadDepartmentKey').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText('金东区市场监督管理局', { exact: true })
      .click();

    // The live preview is the server's merge: lead and co-handling departments, savings, one form.
    const preview = page.getByTestId('bundle-preview');
    // Until the lead shows, the preview on screen may be one made before the last member was added.
    await expect
      .poll(() => preview.getByTestId('bundle-preview-departments').innerText())
      .toContain('牵头：金东区市场监督管理局');
    const departments = await preview.getByTestId('bundle-preview-departments').innerText();
    expect(departments).toContain('金东区综合行政执法局');
    expect(departments).toContain('金东区生态环境局');
    // Always-materials 3 + 4 + 2 = 9 item by item; the lease proof and the business licence once: 7.
    expect(await preview.getByTestId('bundle-saving-materials').innerText()).toMatch(/9 份\s*7 份/);
    expect(await preview.getByTestId('bundle-saving-visits').innerText()).toMatch(/1 次\s*1 次/);
    // 由谁到场或在网上提交申请？ is asked by two members and once here: 3 questions in all.
    const questions = await preview.getByTestId('bundle-preview-questions').innerText();
    expect(questions).toContain('合并后的情形问题（3）');
    expect(questions).toContain('2 个事项共用，只问一次');
    await expect
      .poll(() => describedBy(page, 'bundle-field-promisedDays'))
      .toContain('最多 3 个工作日（最慢的成员事项）');

    // 5 days against the slowest member's 3: the server refuses at the field.
    await page.getByTestId('bundle-field-promisedDays').fill('5');
    await page.getByTestId('bundle-save').click();
    const serverMessage = '一件事并联办理，承诺时限不能超过最慢成员事项的 3 个工作日';
    const summary = page.getByTestId('bundle-form-errors');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(new RegExp(`整体承诺时限\\s*：${serverMessage}`));
    await expect.poll(() => describedBy(page, 'bundle-field-promisedDays')).toContain(serverMessage);
    expect(await page.getByTestId('bundle-field-promisedDays').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('bundle-form-dirty').count()).toBe(1);
    await snap(page, 'bundle-editor-error.png', true);

    // Fixed: the error goes with the edit, and the bundle is created.
    await page.getByTestId('bundle-field-promisedDays').fill('3');
    await expect.poll(() => describedBy(page, 'bundle-field-promisedDays')).not.toContain(serverMessage);
    // Created: the editor moves to the bundle's own address (the toast saying so lasts 3 s, too
    // short to wait for on a loaded machine).
    await Promise.all([
      page.waitForURL(`**/console/catalog/bundles/${CODE}/edit`, { timeout: 60_000 }),
      page.getByTestId('bundle-save').click(),
    ]);
    // The editor reloads the bundle as saved, its code now fixed.
    await expect.poll(() => page.getByTestId('bundle-field-code').isDisabled()).toBe(true);
    expect(await page.getByTestId('bundle-field-name').inputValue()).toBe(NAME);
    expect(await page.getByTestId('bundle-form-errors').count()).toBe(0);

    // Unsaved changes: leaving through a link asks first, and staying keeps the edit.
    await page.getByTestId('bundle-field-name').fill(`${NAME}（改）`);
    await page.getByTestId('catalog-section-items').click();
    const question = page.getByRole('dialog');
    await question.locator('.ant-modal-confirm-title', { hasText: '有未保存的修改' }).waitFor();
    await question.getByRole('button', { name: '留在此页' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`/console/catalog/bundles/${CODE}/edit`);
    expect(await page.getByTestId('bundle-field-name').inputValue()).toBe(`${NAME}（改）`);
    await page.getByTestId('bundle-cancel').click();
    await question.locator('.ant-modal-confirm-title', { hasText: '有未保存的修改' }).waitFor();
    await page.getByTestId('leave-confirm').click();
    await page.getByTestId('page-bundles').waitFor();
    await page.locator(`[data-testid="bundle-row"][data-code="${CODE}"]`).waitFor();
    const row = await page.locator(`[data-testid="bundle-row"][data-code="${CODE}"]`).innerText();
    expect(row).toContain(NAME);
    expect(row).not.toContain('（改）');
    expect(row).toContain('3 项');
    expect(row).toContain('3 个工作日');

    // The public guide shows the new bundle and its one merged checklist.
    await page.goto(`${session.platform.url}/guide/bundles/${CODE}`);
    await page.getByTestId('guide-bundle-title').waitFor();
    expect(await page.getByTestId('guide-bundle-title').innerText()).toContain(NAME);
    expect(await page.getByTestId('guide-saving-materials').innerText()).toMatch(/9\D+7/);
    const groups = page.locator('[data-testid^="guide-question-"]');
    expect(await groups.count()).toBe(3);
    // 个人经营, 本人办理, 餐饮: 3 + (申请表, 营业执照, 图纸, 隔油池协议) + 登记表 = 8 materials.
    for (let i = 0; i < 3; i++) await groups.nth(i).getByRole('radio').first().check();
    await page.getByTestId('guide-checklist-submit').click();
    const checklist = page.getByTestId('guide-checklist');
    await checklist.waitFor();
    const materials = checklist.getByTestId('guide-checklist-material');
    expect(await materials.count()).toBe(8);
    expect(await materials.filter({ hasText: '营业执照' }).count()).toBe(1);
    expect(await materials.filter({ hasText: '隔油池（隔油器）设置及清掏协议' }).count()).toBe(1);
    await page.context().close();
  });

  it('edits the bundle on a phone: members, preview and no sideways scrolling', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, 'admin');
    await page.goto(`${session.platform.url}/console/catalog/bundles/${CODE}/edit`);
    await page.getByTestId('bundle-form').waitFor();
    await expect.poll(() => page.getByTestId('bundle-member-2').innerText()).toContain('金东区生态环境局');
    expect(await page.getByTestId('bundle-member-0').innerText()).toContain(SOLE_TRADER.name);
    await page.getByTestId('bundle-preview-savings').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await snap(page, 'bundle-editor-phone.png', true);

    // Reordering is saved: the sewer permit first.
    await page.getByRole('button', { name: '上移 第 2 项' }).click();
    expect(await page.getByTestId('bundle-member-0').getAttribute('data-impl-code')).toBe(SEWER.implCode);
    await page.getByTestId('bundle-save').click();
    await page.getByText('一件事已保存').waitFor();
    const saved = await page.request.get(`${session.platform.url}/api/v1/bundles/${CODE}`);
    const body = (await saved.json()) as { members: { implCode: string }[] };
    expect(body.members.map((m) => m.implCode)).toEqual([
      SEWER.implCode,
      SOLE_TRADER.implCode,
      POLLUTION.implCode,
    ]);
    await page.context().close();
  });
});
