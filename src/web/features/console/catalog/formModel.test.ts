import { describe, expect, it } from 'vitest';
import { itemInputSchema } from '../../../../shared/catalog.contract';
import { businessLicenceItem, parsedFoodLicence } from '../../../../../tests/fixtures/catalog';
import { blankItem, tabOf, toFormValues, toItemInput } from './formModel';
import { resolveNamePath, toNamePath } from './serverErrors';

describe('the editor’s form values', () => {
  it('round-trip an item unchanged, nullable fields and sub-item included', () => {
    const food = parsedFoodLicence();
    expect(toItemInput(toFormValues(food))).toEqual(food);
    const withSub = itemInputSchema.parse(
      businessLicenceItem({
        subItem: { code: '0701020001', name: '设立登记' },
        fee: { free: false, amountYuan: 12.5, basis: '某收费文件' },
      }),
    );
    expect(toItemInput(toFormValues(withSub))).toEqual(withSub);
  });

  it('turn empty optional texts into null and a switched-off sub-item into null', () => {
    const values = toFormValues(parsedFoodLicence());
    values.hasSubItem = false;
    values.subItem = { code: '010105', name: '残留' };
    values.materials[0] = { ...values.materials[0]!, licenseType: '  ', sharedKey: '' };
    values.fee = { free: true, amountYuan: 30, basis: '残留' };
    const item = toItemInput(values);
    expect(item.subItem).toBeNull();
    expect(item.materials[0]).toMatchObject({ licenseType: null, sharedKey: null });
    expect(item.fee).toEqual({ free: true });
  });

  it('start a new item in the user’s region at its level', () => {
    expect(blankItem('330703')).toMatchObject({ regionCode: '330703', level: 4 });
    expect(blankItem('3307')).toMatchObject({ level: 3 });
  });
});

describe('server field paths', () => {
  const registered = [
    ['promisedDays'],
    ['aliases'],
    ['materials'],
    ['materials', 2, 'key'],
    ['situations', 'rules'],
    ['situations', 'rules', 1, 'when', 'option'],
    ['situations', 'rules', 2, 'addMaterials'],
    ['fee', 'free'],
    ['fee', 'amountYuan'],
  ];

  it('become antd name paths, on the field itself or the nearest one around or inside it', () => {
    expect(toNamePath('situations.rules.2.addMaterials.0')).toEqual([
      'situations',
      'rules',
      2,
      'addMaterials',
      0,
    ]);
    const at = (field: string) => resolveNamePath(toNamePath(field), registered);
    expect(at('promisedDays')).toEqual(['promisedDays']);
    expect(at('materials.2.key')).toEqual(['materials', 2, 'key']);
    expect(at('situations.rules.1.when.option')).toEqual(['situations', 'rules', 1, 'when', 'option']);
    expect(at('situations.rules.2.addMaterials.0')).toEqual(['situations', 'rules', 2, 'addMaterials']);
    expect(at('aliases.3')).toEqual(['aliases']);
    expect(at('fee')).toEqual(['fee', 'free']);
    expect(at('nowhere')).toBeNull();
    expect(resolveNamePath(['implCode'], registered, { implCode: ['serial'] })).toEqual(['serial']);
  });

  it('name the tab that shows them', () => {
    expect(tabOf(['promisedDays'])).toBe('handling');
    expect(tabOf(['materials', 3, 'requirement'])).toBe('materials');
    expect(tabOf(['situations', 'rules', 2, 'addMaterials', 0])).toBe('situations');
    expect(tabOf(['implementingBody', 'creditCode'])).toBe('basic');
  });
});
