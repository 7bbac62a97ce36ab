import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfBytes } from '../support/files';
import { e2eSession, snap } from './browser';

// A bundle (一件事) applied for online on a phone: one questionnaire, each material uploaded once,
// one submission, and the one progress view with a child case per member item.

const session = e2eSession();

/**
 * 开办便利店一件事 (src/server/seed/catalog/bundles.ts): 个体工商户设立登记, 仅销售预包装食品备案 and
 * 户外招牌设置备案, all three fully online (depth IV, no visit).
 */
const BUNDLE = 'YJS-BLD';
const MEMBERS = 3;
/**
 * Hand-checked from the seed items with the answers below (个人经营, 本人办理, 自有房屋, 招牌不超限):
 * 登记申请书, 身份证, 经营场所使用证明, 备案信息采集表, 营业执照 (shared by the filing and the
 * signboard, asked once), 招牌备案表, 效果图, 安全责任承诺书.
 */
const MATERIALS = 8;
const ANSWERS: [question: string, option: string][] = [
  ['mode', '个人经营'],
  ['applicant', '申请人本人（或法定代表人）办理'],
  ['premises', '自有房屋'],
  ['size', '否'],
];

const newPage = (viewport = { width: 390, height: 844 }) => session.newPage(viewport);

const signIn = (page: Page, username: string) => session.signIn(page, username);

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('bundle applications end to end', () => {
  it('a citizen applies for a bundle on a phone and sees one child case per member item', async () => {
    const citizen = await newPage();
    await signIn(citizen, 'citizen');
    await citizen.getByTestId('home-portal').waitFor();

    // 1. From the bundle's guide page to its application.
    await citizen.goto(`${session.platform.url}/portal/bundles/${BUNDLE}`);
    await citizen.getByTestId('guide-bundle-apply').click();
    await citizen.getByTestId('bundle-apply-name').waitFor();

    // 2. The merged questionnaire, answered once for all three items.
    for (const [question, option] of ANSWERS)
      await citizen.getByTestId(`bundle-question-${question}`).getByText(option, { exact: true }).click();
    await citizen.getByTestId('bundle-confirm-situation').click();

    // 3. The merged checklist: each material once, the shared licence named with both items.
    const materials = citizen.getByTestId('bundle-material');
    await materials.first().waitFor();
    expect(await materials.count()).toBe(MATERIALS);
    const licence = materials.filter({ hasText: '营业执照' });
    expect(await licence.count()).toBe(1);
    expect(await licence.innerText()).toContain('2 个事项共用');
    expect(await citizen.getByTestId('bundle-submit').isDisabled()).toBe(true);
    for (let i = 0; i < MATERIALS; i++) {
      const name = `material-${i + 1}.pdf`;
      await citizen
        .getByTestId(`bundle-upload-${i}`)
        .setInputFiles({ name, mimeType: 'application/pdf', buffer: pdfBytes() });
      await materials.nth(i).getByText(name).waitFor();
    }
    await citizen.locator('#bundle-phone').fill('13905790000');
    expect(await citizen.getByTestId('bundle-submit').isDisabled()).toBe(false);
    expect(await horizontalOverflow(citizen)).toBeLessThanOrEqual(0);
    await snap(citizen, 'cases-bundle-apply-phone.png', true);

    // 4. One submission, confirmed, lands on the one progress view.
    await citizen.getByTestId('bundle-submit').click();
    await citizen.locator('.ant-modal-wrap:visible .ant-btn-primary').last().click();
    await citizen.getByTestId('bundle-title').waitFor();
    expect(await citizen.getByTestId('bundle-title').innerText()).toBe('开办便利店一件事');
    expect(await citizen.getByTestId('bundle-status').getAttribute('data-status')).toBe('open');
    const children = citizen.getByTestId('bundle-child');
    expect(await children.count()).toBe(MEMBERS);
    for (let i = 0; i < MEMBERS; i++)
      expect(await children.nth(i).getByTestId('case-status').innerText()).toBe('已提交，待预审');
    expect(await horizontalOverflow(citizen)).toBeLessThanOrEqual(0);
    await snap(citizen, 'cases-bundle-progress-phone.png', true);

    // 5. Each child is a case of its own, with the shared licence attached.
    await children.filter({ hasText: '户外招牌设置备案' }).getByTestId('case-card').click();
    await citizen.getByTestId('case-title').waitFor();
    expect(await citizen.getByTestId('case-status').first().innerText()).toBe('已提交，待预审');
    expect(await citizen.getByTestId('case-material').filter({ hasText: '营业执照' }).count()).toBe(1);

    // 6. …and leads back to the one progress view; in 我的办件 each child is marked as a bundle's.
    await citizen.goto(`${session.platform.url}/portal/cases`);
    await citizen.getByTestId('case-card').first().waitFor();
    expect(await citizen.getByTestId('case-card-bundle').count()).toBe(MEMBERS);
    await citizen.getByTestId('case-card').filter({ hasText: '户外招牌设置备案' }).click();
    await citizen.getByTestId('case-bundle-link').click();
    await citizen.getByTestId('bundle-title').waitFor();
    expect(await citizen.getByTestId('bundle-child').count()).toBe(MEMBERS);
  }, 180_000);
});
