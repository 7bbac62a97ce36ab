import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCreditCode, makeIdNumber, makeOrgCode } from '../../shared/identity';
import { createTestApp, type TestApp } from '../../../tests/support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const citizen = (idNumber: string, username = `u${Math.random().toString(36).slice(2, 10)}`) => ({
  kind: 'citizen',
  username,
  password: 'Apply2026x',
  displayName: '测试居民',
  idNumber,
  phone: '13700001234',
});

// 330703 19900307 123 + check: weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 over 33070319900307123
// = 21+27+0+35+0+12+2+9+54+0+0+27+0+5+16+8+6 = 222; 222 mod 11 = 2 → check '10X98765432'[2] = 'X'.
const VALID_ID = '33070319900307123X';

describe('citizen registration validates the resident ID number (GB 11643)', () => {
  it('accepts a valid number and files the citizen under the region it encodes', async () => {
    const res = await t.anon().post('/api/v1/auth/register', citizen(VALID_ID, 'valid1'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ role: 'citizen', regionCode: '330703', regionName: '金东区' });
    expect(makeIdNumber('33070319900307123')).toBe(VALID_ID);
  });

  it('accepts a lower-case x and stores it upper-case', async () => {
    const id = makeIdNumber('33070319920101001');
    const lower = id.endsWith('X') ? id.slice(0, 17) + 'x' : id;
    const res = await t.anon().post('/api/v1/auth/register', citizen(lower, 'lowerx'));
    expect(res.status).toBe(201);
  });

  it.each([
    ['wrong check digit', '330703199003071231', 'ID_CHECK_DIGIT'],
    ['wrong length (17)', '33070319900307123', 'ID_FORMAT'],
    ['wrong length (19)', '33070319900307123X1', 'ID_FORMAT'],
    ['letters inside', '3307031990A307123X', 'ID_FORMAT'],
    ['impossible birth date (29 Feb 1991)', makeIdNumber('33070319910229123'), 'ID_BIRTH_DATE'],
    ['month 13', makeIdNumber('33070319901301123'), 'ID_BIRTH_DATE'],
    ['born in the future', makeIdNumber('33070330010101123'), 'ID_BIRTH_DATE'],
    ['no such province', makeIdNumber('99070319900307123'), 'ID_REGION'],
  ])('refuses %s with 400 and the reason at the field', async (_label, idNumber, reason) => {
    const res = await t.anon().post('/api/v1/auth/register', citizen(idNumber));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'idNumber', code: reason, in: 'body' }),
    ]);
  });

  it('explains the reason in Chinese by default and in English on request', async () => {
    const zh = await t.anon().post('/api/v1/auth/register', citizen('330703199003071231'));
    expect(zh.body.details?.[0]?.message).toContain('校验位');
    const en = await t
      .anon()
      .post('/api/v1/auth/register', citizen('330703199003071231'), { 'accept-language': 'en' });
    expect(en.body.details?.[0]?.message).toMatch(/check digit/i);
  });

  it('refuses a second registration of the same number and of the same username', async () => {
    const id = makeIdNumber('33070319750505002');
    expect((await t.anon().post('/api/v1/auth/register', citizen(id, 'first'))).status).toBe(201);
    const again = await t.anon().post('/api/v1/auth/register', citizen(id, 'second'));
    expect(again.status).toBe(409);
    expect(again.body.details?.[0]).toMatchObject({ field: 'idNumber', code: 'ID_NUMBER_REGISTERED' });
    const sameName = await t
      .anon()
      .post('/api/v1/auth/register', citizen(makeIdNumber('33070319750505003'), 'FIRST'));
    expect(sameName.status).toBe(409);
    expect(sameName.body.details?.[0]).toMatchObject({ field: 'username', code: 'USERNAME_TAKEN' });
  });

  it('refuses a weak password', async () => {
    const res = await t.anon().post('/api/v1/auth/register', {
      ...citizen(makeIdNumber('33070319660606002')),
      password: 'onlyletters',
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ field: 'password' });
  });
});

describe('firm registration validates the unified social credit code (GB 32100)', () => {
  const firm = (creditCode: string, username: string) => ({
    kind: 'enterprise',
    username,
    password: 'Firm2026ok',
    displayName: '金华测试科技有限公司',
    creditCode,
    phone: '13600001234',
  });
  // A published code: 91330100799655058B (its check character worked in src/shared/identity.test.ts).
  it('accepts a valid code and files the firm under the region it encodes', async () => {
    const code = makeCreditCode(`91330703${makeOrgCode('MA2E0002')}`);
    const res = await t.anon().post('/api/v1/auth/register', firm(code, 'firm1'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ role: 'enterprise', regionCode: '330703' });
    expect((await t.anon().post('/api/v1/auth/register', firm('91330100799655058B', 'firm2'))).status).toBe(
      201,
    );
  });

  it.each([
    ['wrong check character', '91330100799655058C', 'USCC_CHECK_CHAR'],
    ['wrong length', '91330100799655058', 'USCC_FORMAT'],
    ['a forbidden letter (O)', '91330100799655O58B', 'USCC_FORMAT'],
  ])('refuses %s', async (_label, code, reason) => {
    const res = await t.anon().post('/api/v1/auth/register', firm(code, 'firmx'));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'creditCode', code: reason })]);
  });

  it('refuses a citizen field on a firm (unknown fields are named)', async () => {
    const res = await t
      .anon()
      .post('/api/v1/auth/register', { ...firm('91330100799655058B', 'firmy'), idNumber: VALID_ID });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'idNumber', code: 'unrecognized_keys' }),
    ]);
  });
});
