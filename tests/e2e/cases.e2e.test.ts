import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../src/shared/identity';
import { pdfBytes } from '../support/files';
import { e2eSession, SHOTS, snap } from './browser';

// A case from both ways in to the result: online on a phone, at the general window, decided by the
// market reviewer (the one department with a reviewer in 金东区), downloaded by the citizen.

const session = e2eSession();

/** 食品经营许可（延续）, 金东区市场监督管理局: no questions, 申请书 and 承诺书, promised 3 working days. */
const ONLINE_ITEM = '113307030026030161010100050003003';
/** 小餐饮店登记（新办）, same department: four materials, checked on paper at the window. */
const WINDOW_ITEM = '113307030026030161100100070101001';
const WALK_IN_ID = makeIdNumber('33070319700101123');

const newPage = (viewport = { width: 1280, height: 900 }) =>
  session.newPage(viewport, { acceptDownloads: true });

const signIn = (page: Page, username: string) => session.signIn(page, username);

/**
 * Confirms the open dialog (antd confirm or the action modal) with its primary button, and returns
 * once it is gone. A dialog that is still fading out counts as open: taking its button for the next
 * dialog's would click nothing and leave the next one open.
 */
async function confirmDialog(page: Page): Promise<void> {
  const open = page.locator('.ant-modal-wrap:visible');
  await expect.poll(() => open.count()).toBe(1);
  await open.locator('.ant-btn-primary, .ant-btn-dangerous').last().click();
  await expect.poll(() => open.count()).toBe(0);
}

/** The reviewer opens the case from the queue and takes one action after another. */
async function review(page: Page, caseNo: string, actions: readonly string[]): Promise<void> {
  await page.goto(`${session.platform.url}/workbench/queue`);
  await page.getByTestId('queue-case-link').filter({ hasText: caseNo }).click();
  await page.getByTestId('case-title').waitFor();
  for (const action of actions) {
    const button = page.getByTestId(`case-action-${action}`);
    await button.waitFor();
    const events = page.locator('[data-testid="case-timeline"] .tb-case-event');
    const before = await events.count();
    await page
      .getByTestId('case-opinion')
      .fill(action === 'approve' ? '经审查，符合条件，准予许可。' : '材料齐全。');
    await button.click();
    await confirmDialog(page);
    // Each action adds one entry to the timeline once the page has reloaded the case.
    await expect
      .poll(() => events.count())
      .toBe(before + 1)
      .catch(async (error: unknown) => {
        await page.screenshot({ path: path.join(SHOTS, `cases-failed-${action}.png`), fullPage: true });
        throw error;
      });
  }
}

describe('cases end to end', () => {
  it('online and window applications are decided by the reviewer and the citizen downloads the result', async () => {
    // 1. The citizen applies online on a phone, from the item's guide page, with a real PDF per material.
    const citizen = await newPage({ width: 390, height: 844 });
    await signIn(citizen, 'citizen');
    await citizen.getByTestId('home-portal').waitFor();
    await citizen.goto(`${session.platform.url}/portal/guide/items/${ONLINE_ITEM}`);
    await citizen.getByTestId('guide-apply').click();
    await citizen.getByTestId('apply-item').waitFor();
    for (const key of ['application_form', 'commitment']) {
      await citizen.getByTestId(`apply-material-${key}`).waitFor();
      await citizen.getByTestId(`apply-upload-${key}`).setInputFiles({
        name: `${key}.pdf`,
        mimeType: 'application/pdf',
        buffer: pdfBytes(),
      });
      await citizen.getByTestId(`apply-material-${key}`).getByText(`${key}.pdf`).waitFor();
    }
    await citizen.getByTestId('apply-save').click();
    await citizen.getByText('草稿已保存').waitFor();
    expect(
      await citizen.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await snap(citizen, 'cases-apply-phone.png', true);
    await citizen.getByTestId('apply-submit').click();
    await confirmDialog(citizen);
    await citizen.getByTestId('case-title').waitFor();
    expect(await citizen.getByTestId('case-status').first().innerText()).toBe('已提交，待预审');
    const onlineNo = (await citizen.locator('.tb-case-facts .tb-mono').first().innerText()).trim();
    // The item's implementation code, the day (YYYYMMDD) and a 4-digit serial.
    expect(onlineNo).toMatch(new RegExp(`^${ONLINE_ITEM}\\d{8}\\d{4}$`));
    // Both uploads are on the case, and the draft became this one case (not a second).
    expect(await citizen.getByTestId('case-material').count()).toBe(2);
    await citizen.goto(`${session.platform.url}/portal/cases`);
    await citizen.getByTestId('case-card').first().waitFor();
    expect(await citizen.getByTestId('case-card').count()).toBe(1);

    // 2. The clerk takes in a walk-in application at the general window.
    const clerk = await newPage();
    await signIn(clerk, 'clerk');
    await clerk.getByTestId('home-workbench').waitFor();
    await clerk.goto(`${session.platform.url}/workbench/intake`);
    await clerk.getByTestId('intake-item').click();
    await clerk.keyboard.type('小餐饮店');
    await clerk
      .locator('.ant-select-item-option')
      .filter({ hasText: '小餐饮店登记（新办）' })
      .first()
      .click();
    await clerk.getByTestId('intake-material-application_form').waitFor();
    await clerk.locator('#intake-name').fill('刘建华');
    // A wrong check digit is caught in the browser before anything is sent.
    await clerk
      .locator('#intake-id')
      .fill(`${WALK_IN_ID.slice(0, 17)}${WALK_IN_ID.endsWith('1') ? '2' : '1'}`);
    await clerk
      .getByText('身份证号码校验码不正确')
      .or(clerk.locator('.ant-form-item-explain-error'))
      .first()
      .waitFor();
    await clerk.locator('#intake-id').fill(WALK_IN_ID);
    await expect.poll(() => clerk.locator('.ant-form-item-explain-error').count()).toBe(0);
    expect(await clerk.locator('[data-testid^="intake-material-"]').count()).toBe(4);
    await clerk.getByTestId('intake-accept').click();
    await confirmDialog(clerk);
    const done = await clerk.getByTestId('intake-done').innerText();
    expect(done).toContain('已受理');
    const windowNo = new RegExp(`${WINDOW_ITEM}\\d{12}`).exec(done)?.[0] ?? '';
    expect(windowNo).not.toBe('');
    await clerk.getByTestId('intake-receipt').waitFor();
    await snap(clerk, 'cases-intake-done.png', true);

    // 3. The reviewer accepts the online case and takes both through 审查 → 决定.
    const reviewer = await newPage();
    await signIn(reviewer, 'reviewer');
    await reviewer.getByTestId('home-workbench').waitFor();
    await reviewer.goto(`${session.platform.url}/workbench/queue`);
    await reviewer.getByTestId('queue-case-link').filter({ hasText: onlineNo }).waitFor();
    await reviewer.getByTestId('queue-case-link').filter({ hasText: windowNo }).waitFor();
    await snap(reviewer, 'cases-queue.png', true);
    // The reviewer claims the window case (认领): it is theirs in the queue's 我的 filter, and alone there.
    await reviewer.getByTestId('queue-case-link').filter({ hasText: windowNo }).click();
    await reviewer.getByTestId('case-claim').click();
    await expect.poll(() => reviewer.getByTestId('case-handler-name').innerText()).toBe('王建国');
    await reviewer.getByTestId('case-release').waitFor();
    await snap(reviewer, 'cases-handler.png', true);
    await reviewer.goto(`${session.platform.url}/workbench/queue?assignee=me`);
    await reviewer.getByTestId('queue-case-link').filter({ hasText: windowNo }).waitFor();
    expect(await reviewer.getByTestId('queue-case-link').count()).toBe(1);
    expect(await reviewer.getByTestId('queue-table').innerText()).toContain('王建国');
    await snap(reviewer, 'cases-queue-mine.png', true);
    await review(reviewer, onlineNo, ['accept', 'complete_step', 'approve']);
    expect(await reviewer.getByTestId('case-status').first().innerText()).toBe('准予办理');
    // The uploaded PDF opens in the page's viewer.
    await reviewer.locator('[data-testid="case-material"] button').first().click();
    await reviewer.getByTestId('case-viewer').waitFor();
    await snap(reviewer, 'cases-review-decided.png', true);
    await review(reviewer, windowNo, ['complete_step', 'approve']);
    expect(await reviewer.getByTestId('case-status').first().innerText()).toBe('准予办理');

    // 4. The citizen sees the decision, every step on the timeline, and downloads the decision PDF.
    await citizen.goto(`${session.platform.url}/portal/cases`);
    await citizen.getByTestId('case-card').first().click();
    await citizen.getByTestId('download-result').waitFor();
    expect(await citizen.getByTestId('case-status').first().innerText()).toBe('准予办理');
    const timeline = await citizen.getByTestId('case-timeline').innerText();
    for (const step of ['提交申请', '受理', '办理完成，转下一环节', '准予']) expect(timeline).toContain(step);
    const [download] = await Promise.all([
      citizen.waitForEvent('download'),
      citizen.getByTestId('download-result').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`result-${onlineNo}.pdf`);
    const saved = await download.path();
    expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    await snap(citizen, 'cases-decided-phone.png', true);
  }, 180_000);
});
