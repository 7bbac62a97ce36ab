import { describe, expect, it } from 'vitest';
import {
  IDENTITY_MESSAGES,
  creditCodeSchema,
  idNumberSchema,
  makeCreditCode,
  makeIdNumber,
  makeOrgCode,
  validateCreditCode,
  validateIdNumber,
} from './identity';

// A fixed "today" keeps the birth-date tests independent of when they run.
const TODAY = new Date('2024-06-01T12:00:00+08:00');

describe('validateIdNumber', () => {
  /*
   * Valid numbers, check digits worked by hand. Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
   * check = '10X98765432'[sum mod 11].
   *
   * 330703 19850312 021 ? (Jinhua, Jindong district, born 1985-03-12, sequence 021):
   *   3·7 + 3·9 + 0·10 + 7·5 + 0·8 + 3·4 + 1·2 + 9·1 + 8·6 + 5·3 + 0·7 + 3·9 + 1·10 + 2·5 + 0·8 + 2·4 + 1·2
   *   = 21 + 27 + 0 + 35 + 0 + 12 + 2 + 9 + 48 + 15 + 0 + 27 + 10 + 10 + 0 + 8 + 2 = 226
   *   226 mod 11 = 6 → '10X98765432'[6] = '6'   ⇒ 330703198503120216, 17th digit 1 odd → male
   * 330102 19920229 142 ? (Hangzhou, born on leap day 1992-02-29): sum 243, 243 mod 11 = 1 → '0'
   *   ⇒ 330102199202291420, 17th digit 2 even → female
   * 110105 19491231 002 ? (the example printed in GB 11643-1999): sum 167, 167 mod 11 = 2 → 'X'
   *   ⇒ 11010519491231002X, female
   * 330782 19790618 451 ? (Yiwu): sum 393, 393 mod 11 = 8 → '4' ⇒ 330782197906184514, male
   */
  it.each([
    ['330703198503120216', '1985-03-12', 'male'],
    ['330102199202291420', '1992-02-29', 'female'],
    ['11010519491231002X', '1949-12-31', 'female'],
    ['330782197906184514', '1979-06-18', 'male'],
  ])('accepts %s', (id, birthDate, sex) => {
    expect(validateIdNumber(id, TODAY)).toEqual({ ok: true, value: id, birthDate, sex });
  });

  it('normalises a lower-case x and surrounding spaces', () => {
    expect(validateIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it('rejects a wrong check digit', () => {
    expect(validateIdNumber('330703198503120217', TODAY)).toEqual({ ok: false, reason: 'ID_CHECK_DIGIT' });
    // Swapping two digits is the classic typing mistake the check digit is there to catch.
    expect(validateIdNumber('330703198503120126', TODAY)).toEqual({ ok: false, reason: 'ID_CHECK_DIGIT' });
  });

  it.each([
    ['17 characters', '33070319850312021'],
    ['19 characters', '3307031985031202161'],
    ['a legacy 15-digit number', '330703850312021'],
    ['a letter in the body', '3307031985031A0216'],
    ['X before the last position', '3307031985031202X6'],
    ['a letter other than X at the end', '33070319850312021A'],
    ['the empty string', ''],
  ])('rejects %s as ID_FORMAT', (_label, id) => {
    expect(validateIdNumber(id, TODAY)).toEqual({ ok: false, reason: 'ID_FORMAT' });
  });

  it.each(['00', '10', '16', '20', '30', '38', '47', '55', '60', '66', '72', '83', '99'])(
    'rejects province code %s',
    (province) => {
      const id = makeIdNumber(`${province}070319850312021`);
      expect(validateIdNumber(id, TODAY)).toEqual({ ok: false, reason: 'ID_REGION' });
    },
  );

  it.each(['71', '81', '82'])('accepts province code %s (Taiwan, Hong Kong, Macao)', (province) => {
    expect(validateIdNumber(makeIdNumber(`${province}000019850312021`), TODAY).ok).toBe(true);
  });

  // Check digits are recomputed so that only the date is wrong.
  it.each([
    ['29 Feb in a non-leap year', '19930229'],
    ['29 Feb 1900 (century, not a leap year)', '19000229'],
    ['31 April', '19900431'],
    ['month 13', '19901301'],
    ['day 00', '19900100'],
    ['a year before 1900', '18991231'],
    ['tomorrow', '20240602'],
  ])('rejects %s as ID_BIRTH_DATE', (_label, date) => {
    expect(validateIdNumber(makeIdNumber(`330702${date}021`), TODAY)).toEqual({
      ok: false,
      reason: 'ID_BIRTH_DATE',
    });
  });

  it('accepts 29 Feb 2000 (divisible by 400, a leap year)', () => {
    expect(validateIdNumber(makeIdNumber('33070220000229021'), TODAY)).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
    });
  });

  it('judges "today" by the date in Shanghai, not UTC', () => {
    const id = makeIdNumber('33070220240601002');
    // 2024-05-31 16:30 UTC is already 2024-06-01 00:30 in Shanghai: a baby born that day is valid.
    expect(validateIdNumber(id, new Date('2024-05-31T16:30:00Z')).ok).toBe(true);
    // 15:30 UTC is still 31 May in Shanghai, so 1 June is in the future.
    expect(validateIdNumber(id, new Date('2024-05-31T15:30:00Z'))).toEqual({
      ok: false,
      reason: 'ID_BIRTH_DATE',
    });
  });

  it('defaults "today" to the current date', () => {
    expect(validateIdNumber(makeIdNumber('33070221990101002'))).toEqual({
      ok: false,
      reason: 'ID_BIRTH_DATE',
    });
  });
});

describe('makeIdNumber', () => {
  it('appends the check digit worked out above', () => {
    expect(makeIdNumber('33070319850312021')).toBe('330703198503120216');
    expect(makeIdNumber('11010519491231002')).toBe('11010519491231002X');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => makeIdNumber('3307031985031202')).toThrow(RangeError);
    expect(() => makeIdNumber('3307031985031202X')).toThrow(RangeError);
  });
});

describe('validateCreditCode', () => {
  /*
   * Final check character, worked for 91330100799655058B. Charset 0-9 A-H J-N P-R T U W-Y
   * (value = index, 0-30); weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
   *   9·1 + 1·3 + 3·9 + 3·27 + 0·19 + 1·26 + 0·16 + 0·17 + 7·20 + 9·29 + 9·25 + 6·13 + 5·8 + 5·24
   *   + 0·10 + 5·30 + 8·28 = 9 + 3 + 27 + 81 + 0 + 26 + 0 + 0 + 140 + 261 + 225 + 78 + 40 + 120
   *   + 0 + 150 + 224 = 1384;  1384 mod 31 = 20;  31 − 20 = 11 → charset[11] = 'B'.
   * Organisation code 79965505-8 (GB 11714, weights 3 7 9 10 5 8 4 2):
   *   7·3 + 9·7 + 9·9 + 6·10 + 5·5 + 5·8 + 0·4 + 5·2 = 300;  300 mod 11 = 3;  11 − 3 = 8.
   *
   * The others are published registrations (several from python-stdnum's test corpus), chosen to
   * cover X as the organisation check, letters in the organisation code and a category-2 code.
   */
  it.each([
    '91330100799655058B',
    '9144030071526726XG',
    '91110000600037341L',
    '121200004013590816',
    '91620105L015101280',
    '91310115MA1K3BTP2B',
    '92340602MA2PBMEM24',
  ])('accepts %s', (code) => {
    expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('normalises lower case and surrounding spaces', () => {
    expect(validateCreditCode('  9144030071526726xg\t')).toEqual({ ok: true, value: '9144030071526726XG' });
  });

  it('rejects a wrong check character', () => {
    expect(validateCreditCode('91330100799655058C')).toEqual({ ok: false, reason: 'USCC_CHECK_CHAR' });
    expect(validateCreditCode('91330100799655508B')).toEqual({ ok: false, reason: 'USCC_CHECK_CHAR' });
  });

  it('rejects a code whose embedded organisation code fails GB 11714', () => {
    // Correct final check character, but the organisation code should end in 8, not 7.
    const code = makeCreditCode('91330100799655057');
    expect(validateCreditCode(code)).toEqual({ ok: false, reason: 'USCC_ORG_CHECK' });
  });

  it('values organisation-code letters over A-Z (L = 21), not by USCC charset index', () => {
    // With L = 20 the organisation check character would be 'X', not 8.
    expect(makeOrgCode('L0151012')).toBe('L01510128');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the forbidden letter %s', (letter) => {
    expect(validateCreditCode(`91310115MA1K3B${letter}P2B`)).toEqual({ ok: false, reason: 'USCC_FORMAT' });
  });

  it.each([
    ['17 characters', '91330100799655058'],
    ['19 characters', '91330100799655058B0'],
    ['an unknown registration authority', 'B1330100799655058B'],
    ['a letter in the region code', '913301A0799655058B'],
    ['punctuation', '91330100-79965505B'],
  ])('rejects %s as USCC_FORMAT', (_label, code) => {
    expect(validateCreditCode(code)).toEqual({ ok: false, reason: 'USCC_FORMAT' });
  });
});

describe('makeOrgCode / makeCreditCode', () => {
  it('compute the check characters of published codes', () => {
    expect(makeOrgCode('79965505')).toBe('799655058');
    expect(makeOrgCode('71526726')).toBe('71526726X');
    expect(makeCreditCode('91330100799655058')).toBe('91330100799655058B');
  });

  it('build a demo code for Jinhua that validates', () => {
    const code = makeCreditCode(`91330703${makeOrgCode('MA2D0001')}`);
    expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('refuse characters outside their charsets', () => {
    expect(() => makeCreditCode('9133010079965505I')).toThrow(RangeError);
    expect(() => makeOrgCode('7996550')).toThrow(RangeError);
  });
});

describe('zod schemas', () => {
  it('idNumberSchema outputs the normalised value', () => {
    expect(idNumberSchema.parse(' 11010519491231002x')).toBe('11010519491231002X');
  });

  it('idNumberSchema reports the reason code and an English message', () => {
    const result = idNumberSchema.safeParse('330703198503120217');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        message: IDENTITY_MESSAGES.ID_CHECK_DIGIT.en,
        params: { code: 'ID_CHECK_DIGIT' },
      }),
    ]);
  });

  it('creditCodeSchema outputs the normalised value and reports reasons', () => {
    expect(creditCodeSchema.parse('9144030071526726xg')).toBe('9144030071526726XG');
    expect(creditCodeSchema.safeParse('91330100799655058C').error?.issues[0]).toMatchObject({
      params: { code: 'USCC_CHECK_CHAR' },
    });
  });

  it('rejects non-strings before running the checks', () => {
    expect(idNumberSchema.safeParse(330703).error?.issues[0]?.code).toBe('invalid_type');
  });
});

describe('IDENTITY_MESSAGES', () => {
  it('has Chinese and English text for every reason', () => {
    for (const { zh, en } of Object.values(IDENTITY_MESSAGES)) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[A-Z][\x20-\x7e]+$/);
    }
    expect(Object.keys(IDENTITY_MESSAGES)).toHaveLength(7);
  });
});
