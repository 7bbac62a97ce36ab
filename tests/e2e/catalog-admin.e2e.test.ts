import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeCreditCode, makeOrgCode } from '../../src/shared/identity';
import { foodLicenceItem, MARKET_BODY_CODE } from '../fixtures/catalog';
import { pdfBytes } from '../support/files';
import { e2eSession, snap } from './browser';

// The catalog console driven as an admin would: list, editor with the server's consistency errors,
// versions and publishing; checked against the public guide API.

const session = e2eSession();

const newPage = (viewport = { width: 1280, height: 800 }) => session.newPage(viewport);

const signIn = (page: Page, username: string, password?: string) =>
  session.signIn(page, username, { password, home: 'home-console' });

/**
 * The text announced for a form control: what its aria-describedby points at (error, hint). A
 * select carries its test id on its wrapper and the description on the input inside.
 */
async function describedBy(page: Page, testId: string): Promise<string> {
  const control = page.getByTestId(testId);
  const inner = control.locator('[aria-describedby]');
  const ids =
    (await control.getAttribute('aria-describedby')) ??
    ((await inner.count()) ? await inner.first().getAttribute('aria-describedby') : null) ??
    '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return texts.join('\n');
}

/** Writes through the API with the page's session: the CSRF token comes from /auth/me. */
async function api<T>(page: Page, method: 'POST' | 'PUT', url: string, data?: unknown): Promise<T> {
  const me = await page.request.get(`${session.platform.url}/api/v1/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${session.platform.url}${url}`, {
    method,
    headers: { 'x-csrf-token': csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  const body = (await response.json()) as T;
  expect(response.ok(), JSON.stringify(body)).toBe(true);
  return body;
}

// Its own serial, so that the demo catalog (when seeded) cannot already hold this code.
const BASE_CODE = '010105001000';
const IMPL_CODE = `${MARKET_BODY_CODE}${BASE_CODE}987`;
const ITEM_NAME = '食品经营许可（新办，浏览器测试）';

describe('事项管理 (catalog console) for the platform admin', () => {
  it('edits an item, sees a consistency error at its field, fixes it and publishes', async () => {
    const page = await newPage();
    await signIn(page, 'admin');

    // The item this test edits, published once (v1), made through the API.
    const created = await api<{ id: string }>(
      page,
      'POST',
      '/api/v1/catalog/items',
      foodLicenceItem({ baseCode: BASE_CODE, implCode: IMPL_CODE, name: ITEM_NAME }),
    );
    await api(page, 'POST', `/api/v1/catalog/items/${created.id}/publish`);

    await page.getByRole('navigation').getByRole('link', { name: '事项管理', exact: true }).click();
    await page.getByTestId('page-catalog').waitFor();
    const row = page.locator(`[data-testid="catalog-row"][data-impl-code="${IMPL_CODE}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(ITEM_NAME);
    expect(await row.innerText()).toContain('已发布 v1');
    expect(await page.getByTestId('excel-template').getAttribute('href')).toBe(
      '/api/v1/catalog/template.xlsx',
    );
    expect(await page.getByTestId('excel-export').getAttribute('href')).toBe('/api/v1/catalog/export.xlsx');
    await snap(page, 'catalog-list.png');

    // The editor opens on the published content.
    await page.getByTestId(`catalog-edit-${IMPL_CODE}`).click();
    await page.getByTestId('item-form').waitFor();
    await expect.poll(() => page.getByTestId('item-field-name').inputValue()).toBe(ITEM_NAME);
    expect(await page.getByTestId('item-editing-note').innerText()).toContain('已发布的 v1');

    // 25 promised days against 20 statutory: the server refuses and says so at the field.
    await page.getByTestId('item-tab-handling').click();
    expect(await page.getByTestId('item-field-statutoryDays').inputValue()).toBe('20');
    await page.getByTestId('item-field-promisedDays').fill('25');
    await page.getByTestId('item-tab-basic').click(); // the error must bring the user back
    await page.getByTestId('item-form-save').click();
    const summary = page.getByTestId('item-form-errors');
    await summary.waitFor();
    const serverMessage = /承诺时限（25）不能超过法定时限（20）/;
    expect(await summary.innerText()).toMatch(serverMessage);
    expect(await summary.innerText()).toContain('时限与办理 · 承诺时限');
    await expect.poll(() => describedBy(page, 'item-field-promisedDays')).toMatch(serverMessage);
    expect(await page.getByTestId('item-field-promisedDays').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('item-field-promisedDays').waitFor({ state: 'visible' }); // its tab is open
    expect(await page.getByTestId('item-tab-handling').innerText()).toContain('1'); // the tab's count
    await snap(page, 'catalog-editor-error.png');

    // Fixed: the error goes as soon as the field changes, and the draft saves as v2.
    await page.getByTestId('item-field-promisedDays').fill('3');
    await expect.poll(() => describedBy(page, 'item-field-promisedDays')).not.toMatch(serverMessage);
    await page.getByTestId('item-form-save').click();
    await page.getByText('草稿已保存（v2）').waitFor();
    expect(await page.getByTestId('item-form-errors').count()).toBe(0);
    await expect.poll(() => page.getByTestId('item-status').innerText()).toContain('草稿 v2');

    // Until v2 is published the public guide still shows v1.
    const before = await page.request.get(`${session.platform.url}/api/v1/items/${IMPL_CODE}`);
    expect(await before.json()).toMatchObject({ version: 1, item: { promisedDays: 5 } });

    // Publishing asks first, and tells what happens to running cases.
    await page.getByTestId('item-versions-link').click();
    await page.getByTestId('page-item-versions').waitFor();
    await page.getByTestId('version-row-2').waitFor();
    expect(await page.getByTestId('version-row-2').innerText()).toContain('草稿');
    await page.getByTestId('item-publish').click();
    const question = page.locator('.ant-popconfirm');
    await question.getByText('发布草稿 v2？').waitFor();
    expect(await question.innerText()).toContain('已在办理中的办件仍按其开始时的版本办理');
    await page.getByTestId('item-publish-confirm').click();
    await page.getByText('v2 已发布').waitFor();
    await expect.poll(() => page.getByTestId('version-row-2').innerText()).toContain('已发布');
    expect(await page.getByTestId('version-row-1').innerText()).toContain('已替代');
    await question.waitFor({ state: 'hidden' });
    await snap(page, 'catalog-versions.png');

    // Any version can be read as it was: v1 still promises 5 days.
    await page.getByTestId('version-view-1').click();
    const view = page.getByTestId('version-view');
    await view.waitFor();
    await view.getByTestId('item-tab-handling').click();
    expect(await view.getByTestId('item-field-promisedDays').inputValue()).toBe('5');
    expect(await view.getByTestId('item-field-promisedDays').isDisabled()).toBe(true);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /close|关闭/i })
      .click();

    // The public guide follows the published version.
    const after = await page.request.get(`${session.platform.url}/api/v1/items/${IMPL_CODE}`);
    expect(await after.json()).toMatchObject({ version: 2, item: { promisedDays: 3 } });
    await page.context().close();
  });

  it('creates an item from a blank form, with server errors at fields in other tabs', async () => {
    const page = await newPage({ width: 1024, height: 1366 }); // a tablet held upright
    await signIn(page, 'admin');
    await page.goto(`${session.platform.url}/console/catalog`);
    await page.getByTestId('catalog-new').click();
    await page.getByTestId('item-form').waitFor();

    const item = foodLicenceItem();
    const serial = '986';
    await page.getByTestId('item-field-name').fill('新办测试事项');
    await page.getByTestId('item-field-regionCode').click();
    await page.keyboard.type('金东');
    // The platform admin picks from every region, so the options carry their codes.
    await page.locator('.ant-select-dropdown:visible').getByText('金东区 330703').click();
    await page.getByTestId('item-field-departmentKey').click();
    await page.locator('.ant-select-dropdown:visible').getByText('市场监督管理局（market）').click();
    await page.getByTestId('item-field-implementingBody.name').fill(item.implementingBody.name);
    await page.getByTestId('item-field-implementingBody.creditCode').fill(MARKET_BODY_CODE);
    await page.getByTestId('item-field-baseCode').fill(BASE_CODE);
    await page.getByTestId('item-impl-generate').click();
    await page.getByTestId('item-field-implCode').fill(`${MARKET_BODY_CODE}${BASE_CODE}${serial}`);
    await page.getByTestId('item-field-mainItem.code').fill('010105');
    await page.getByTestId('item-field-mainItem.name').fill('食品经营许可');
    await page.getByTestId('item-tab-basis').click();
    await page.getByTestId('item-field-legalBasis.0.law').fill('《中华人民共和国食品安全法》');
    await page.getByTestId('item-tab-handling').click();
    await page.getByTestId('item-field-result.name').fill('食品经营许可证');
    await page.getByTestId('item-tab-materials').click();
    await page.getByTestId('item-field-materials.0.name').fill('申请书');
    // A conditional material that no situation rule adds: the server names it.
    await page.getByTestId('item-add-material').click();
    await page.getByTestId('item-field-materials.1.key').fill('lease');
    await page.getByTestId('item-field-materials.1.name').fill('租赁合同');
    await page.getByTestId('item-field-materials.1.requirement').click();
    await page.locator('.ant-select-dropdown:visible').getByText('按情形', { exact: true }).click();
    await page.getByTestId('item-tab-basic').click();
    await page.getByTestId('item-form-save').click();

    const summary = page.getByTestId('item-form-errors');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('条件材料“租赁合同”没有任何情形规则会添加它');
    // The editor moved to the materials tab, where the error sits at the requirement.
    await expect
      .poll(() => describedBy(page, 'item-field-materials.1.requirement'))
      .toContain('没有任何情形规则会添加它');
    await page.getByTestId('item-field-materials.1.requirement').waitFor({ state: 'visible' });

    // A situation rule that adds it fixes that.
    await page.getByTestId('item-tab-situations').click();
    await page.getByTestId('item-add-question').click();
    await page.getByTestId('item-field-situations.questions.0.key').fill('premises');
    await page.getByTestId('item-field-situations.questions.0.text').fill('经营场所');
    await page.getByTestId('item-field-situations.questions.0.options.0.key').fill('own');
    await page.getByTestId('item-field-situations.questions.0.options.0.label').fill('自有');
    await page.getByTestId('item-field-situations.questions.0.options.1.key').fill('rented');
    await page.getByTestId('item-field-situations.questions.0.options.1.label').fill('租赁');
    await page.getByTestId('item-add-rule').click();
    await page.getByTestId('item-field-situations.rules.0.when.question').click();
    await page.locator('.ant-select-dropdown:visible').getByText('经营场所（premises）').click();
    await page.getByTestId('item-field-situations.rules.0.when.option').click();
    await page.locator('.ant-select-dropdown:visible').getByText('租赁（rented）').click();
    await page.getByTestId('item-field-situations.rules.0.addMaterials').click();
    await page.locator('.ant-select-dropdown:visible').getByText('租赁合同（lease）').click();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('item-rule-0').innerText()).toContain('当“经营场所”选择“租赁”时');
    await snap(page, 'catalog-editor-situations-tablet.png');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByTestId('item-form-save').click();
    await page.getByText('事项已创建（草稿 v1）').waitFor();
    await page.waitForURL(/\/console\/catalog\/[0-9a-f-]{36}\/edit/);
    await expect.poll(() => page.getByTestId('item-status').innerText()).toContain('草稿 v1');
    await page.getByTestId('item-tab-situations').click();
    expect(await page.getByTestId('item-field-situations.questions.0.key').inputValue()).toBe('premises');
    await page.context().close();
  });

  it('adopts a city item for a county, within the template’s time limit and fee', async () => {
    const page = await newPage();
    await signIn(page, 'admin');
    // A city template (region 3307) that promises 5 days and charges 50 yuan.
    const cityBody = makeCreditCode(`11330700${makeOrgCode('00269901')}`);
    const templateName = '食品经营许可（市级模板，浏览器测试）';
    const template = await api<{ id: string }>(
      page,
      'POST',
      '/api/v1/catalog/items',
      foodLicenceItem({
        name: templateName,
        regionCode: '3307',
        level: 3,
        implementingBody: { name: '金华市市场监督管理局（测试）', creditCode: cityBody, nature: 'statutory' },
        baseCode: BASE_CODE,
        implCode: `${cityBody}${BASE_CODE}981`,
        fee: { free: false, amountYuan: 50, basis: '浏览器测试的收费依据' },
      }),
    );
    await api(page, 'POST', `/api/v1/catalog/items/${template.id}/publish`);

    await page.goto(`${session.platform.url}/console/catalog`);
    await page.getByTestId(`catalog-adopt-${cityBody}${BASE_CODE}981`).click();
    await page.getByTestId('adopt-form').waitFor();
    expect(await page.getByTestId('adopt-template').innerText()).toContain(templateName);

    await page.getByTestId('adopt-county').click();
    await page.locator('.ant-select-dropdown:visible').getByText('金东区', { exact: true }).click();
    await page.getByTestId('adopt-body-name').fill('金华市金东区市场监督管理局');
    await page.getByTestId('adopt-body-credit-code').fill(MARKET_BODY_CODE);
    await page.getByTestId('adopt-serial').fill('981');
    await expect
      .poll(() => page.getByTestId('adopt-impl-preview').innerText())
      .toBe(`${MARKET_BODY_CODE}${BASE_CODE}981`);

    // Longer than the template's 5 days: refused at the field.
    await page.getByTestId('item-field-promisedDays').fill('8');
    await page.getByTestId('adopt-submit').click();
    await expect
      .poll(() => describedBy(page, 'item-field-promisedDays'))
      .toContain('本地承诺时限不能超过模板的 5 个工作日');

    // Dearer than the template's 50 yuan: refused at the amount.
    await page.getByTestId('item-field-promisedDays').fill('3');
    await page.getByTestId('adopt-fee-mode').getByText('减收').click();
    await page.getByTestId('adopt-fee-amount').fill('80');
    await page.getByTestId('adopt-submit').click();
    await expect.poll(() => describedBy(page, 'adopt-fee-amount')).toContain('本地收费不能高于模板');
    await snap(page, 'catalog-adopt-error.png', true);

    await page.getByTestId('adopt-fee-amount').fill('30');
    await page.getByTestId('adopt-submit').click();
    await page.getByText('已认领，生成草稿 v1').waitFor();
    await page.getByTestId('item-form').waitFor();
    await expect
      .poll(() => page.getByTestId('item-field-implCode').inputValue())
      .toBe(`${MARKET_BODY_CODE}${BASE_CODE}981`);
    expect(await page.getByTestId('item-status').innerText()).toContain('草稿 v1');
    await page.getByTestId('item-tab-handling').click();
    expect(await page.getByTestId('item-field-promisedDays').inputValue()).toBe('3');
    expect(await page.getByTestId('item-field-fee.amountYuan').inputValue()).toBe('30.00');

    // The list says where it came from.
    await page.getByTestId('catalog-back').click();
    const row = page.locator(
      `[data-testid="catalog-row"][data-impl-code="${MARKET_BODY_CODE}${BASE_CODE}981"]`,
    );
    await row.waitFor();
    expect(await row.innerText()).toContain(`认领自：${templateName}`);
    await page.context().close();
  });
});

describe('Excel 批量维护 for a department admin', () => {
  it('exports the catalog, imports it back unchanged, and lists a broken workbook’s problems by sheet, row and column', async () => {
    const page = await newPage();
    await signIn(page, 'dept_admin');
    await page.goto(`${session.platform.url}/console/catalog`);
    await page.locator('[data-testid="catalog-row"]').first().waitFor();

    // The export is a plain link: the session cookie goes along.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('excel-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tongban-catalog-\d{8}\.xlsx$/);
    const exported = fs.readFileSync(await download.path());
    expect(exported.subarray(0, 2).toString()).toBe('PK'); // a zip, as .xlsx files are

    const input = page.getByTestId('excel-panel').locator('input[type="file"]');
    await input.setInputFiles({
      name: 'export.xlsx',
      mimeType: 'application/octet-stream',
      buffer: exported,
    });
    const result = page.getByTestId('excel-import-result');
    await result.waitFor();
    expect(await result.innerText()).toMatch(/新增事项 0 项，更新 0 项，未变化 \d+ 项/);

    // The first item promises more days than the law allows.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('事项');
    if (!sheet) throw new Error('no 事项 sheet');
    const keys = sheet.getRow(2).values as unknown[];
    const statutory = keys.indexOf('statutoryDays');
    const promised = keys.indexOf('promisedDays');
    sheet.getRow(3).getCell(statutory).value = 10;
    sheet.getRow(3).getCell(promised).value = 15;
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    await input.setInputFiles({ name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: broken });
    const problems = page.getByTestId('excel-import-problems');
    await problems.waitFor();
    const text = await problems.innerText();
    expect(text).toContain('broken.xlsx 未导入');
    expect(text).toContain('所有内容均未导入');
    expect(text).toMatch(/工作表\s+行\s+列\s+问题/);
    const column = sheet.getRow(2).getCell(promised).address.replace(/\d+/g, '');
    const problemRow = problems.locator('tbody tr', { hasText: '承诺时限（15）不能超过法定时限（10）' });
    expect(await problemRow.innerText()).toMatch(new RegExp(`事项\\s+3\\s+${column}`));
    await snap(page, 'catalog-excel-problems.png');

    // Not a workbook at all: said in words, no table.
    await input.setInputFiles({
      name: 'notes.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('hello'),
    });
    await expect.poll(() => result.innerText()).toContain('notes.xlsx 未导入');
    expect(await page.getByTestId('excel-import-problems').count()).toBe(0);
    await page.context().close();
  });
});

describe('空白表格 (a material’s blank form) from the editor to the public guide', () => {
  it('attaches a blank form to a material in the editor; once published, the public guide offers it for download', async () => {
    const page = await newPage();
    await signIn(page, 'admin');
    const implCode = `${MARKET_BODY_CODE}${BASE_CODE}913`;
    const created = await api<{ id: string }>(
      page,
      'POST',
      '/api/v1/catalog/items',
      foodLicenceItem({ baseCode: BASE_CODE, implCode, name: '食品经营许可（新办，空白表格测试）' }),
    );
    await api(page, 'POST', `/api/v1/catalog/items/${created.id}/publish`);

    await page.goto(`${session.platform.url}/console/catalog/${created.id}/edit`);
    await page.getByTestId('item-form').waitFor();
    await page.getByTestId('item-tab-materials').click();
    const blankForm = page.getByTestId('item-field-materials.0.blankFormFileId');
    await blankForm.waitFor();
    const bytes = pdfBytes();
    await blankForm.locator('input[type="file"]').setInputFiles({
      name: '食品经营许可申请书（空白）.pdf',
      mimeType: 'application/pdf',
      buffer: bytes,
    });
    await expect.poll(() => blankForm.innerText()).toContain('食品经营许可申请书（空白）.pdf');
    await snap(page, 'catalog-material-file.png');
    await page.getByTestId('item-form-save').click();
    await page.getByText('草稿已保存（v2）').waitFor();

    // Only the published version's files are public: none yet, then the form once v2 is published.
    const url = `${session.platform.url}/api/v1/items/${implCode}/materials/application/blank-form`;
    expect((await page.request.get(url)).status()).toBe(404);
    await api(page, 'POST', `/api/v1/catalog/items/${created.id}/publish`);

    const citizen = await newPage({ width: 390, height: 844 });
    await citizen.goto(`${session.platform.url}/guide/items/${implCode}`);
    const link = citizen.getByTestId('guide-material-blank-form').first();
    await link.waitFor();
    expect(await link.innerText()).toContain('空白表格');
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/v1/items/${implCode}/materials/application/blank-form`);
    const download = await citizen.request.get(`${session.platform.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
    await page.context().close();
    await citizen.context().close();
  });
});
