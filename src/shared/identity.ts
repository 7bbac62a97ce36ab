/**
 * Validation of the two identifiers every application carries: the resident identity number
 * (公民身份号码, GB 11643-1999) and the unified social credit code (统一社会信用代码, GB 32100-2015).
 * Shared by server and browser, so it must stay free of Node-only imports.
 */
import { z } from 'zod';
import { shanghaiDate } from './days';

export type IdNumberError = 'ID_FORMAT' | 'ID_REGION' | 'ID_BIRTH_DATE' | 'ID_CHECK_DIGIT';
export type CreditCodeError = 'USCC_FORMAT' | 'USCC_CHECK_CHAR' | 'USCC_ORG_CHECK';
export type Sex = 'male' | 'female';

export type IdNumberResult =
  { ok: true; value: string; birthDate: string; sex: Sex } | { ok: false; reason: IdNumberError };
export type CreditCodeResult = { ok: true; value: string } | { ok: false; reason: CreditCodeError };

export const IDENTITY_MESSAGES: Record<IdNumberError | CreditCodeError, { zh: string; en: string }> = {
  ID_FORMAT: {
    zh: '身份证号码应为18位：前17位为数字，最后一位为数字或X',
    en: 'The ID number must be 18 characters: 17 digits followed by a digit or X',
  },
  ID_REGION: {
    zh: '身份证号码开头的地区代码不正确',
    en: 'The ID number does not start with a valid region code',
  },
  ID_BIRTH_DATE: {
    zh: '身份证号码中的出生日期不正确',
    en: 'The birth date in the ID number is not a possible date of birth',
  },
  ID_CHECK_DIGIT: {
    zh: '身份证号码校验位不正确，请检查是否输错',
    en: 'The ID number check digit is wrong; please check for typing mistakes',
  },
  USCC_FORMAT: {
    zh: '统一社会信用代码格式不正确：应为18位数字或大写字母（不含I、O、Z、S、V）',
    en: 'The unified social credit code must be 18 digits or capital letters (not I, O, Z, S or V)',
  },
  USCC_CHECK_CHAR: {
    zh: '统一社会信用代码校验位不正确，请检查是否输错',
    en: 'The unified social credit code check character is wrong; please check for typing mistakes',
  },
  USCC_ORG_CHECK: {
    zh: '统一社会信用代码中的组织机构代码校验位不正确',
    en: 'The organisation code inside the unified social credit code has a wrong check character',
  },
};

// --- Resident identity number -------------------------------------------------------------

// GB/T 2260 province-level codes: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, and 71 (Taiwan),
// 81 (Hong Kong), 82 (Macao), whose residents can hold mainland ID numbers too.
const PROVINCE_PATTERN = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';
const ID_PATTERN = /^\d{17}[\dX]$/;

function idCheckChar(body17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + Number(body17.charAt(i)) * weight, 0);
  return ID_CHECK_CHARS.charAt(sum % 11);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  // Date.UTC rolls 29 Feb 1993 over to 1 Mar, so a round trip exposes impossible dates.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks a resident identity number, accepting a lower-case trailing x and surrounding spaces.
 * Birth dates after `today` (both taken as Asia/Shanghai dates) are rejected; tests pass `today`.
 */
export function validateIdNumber(input: string, today: Date = new Date()): IdNumberResult {
  const value = input.trim().toUpperCase();
  if (!ID_PATTERN.test(value)) return { ok: false, reason: 'ID_FORMAT' };
  if (!PROVINCE_PATTERN.test(value)) return { ok: false, reason: 'ID_REGION' };

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  // ISO dates compare correctly as strings.
  if (year < 1900 || !isCalendarDate(year, month, day) || birthDate > shanghaiDate(today)) {
    return { ok: false, reason: 'ID_BIRTH_DATE' };
  }

  if (idCheckChar(value) !== value.charAt(17)) return { ok: false, reason: 'ID_CHECK_DIGIT' };
  // The 17th character is the sequence number's last digit: odd for men, even for women.
  const sex: Sex = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, sex };
}

/** Appends the check digit to 17 digits. Does not check region or date, so tests can build bad ones. */
export function makeIdNumber(prefix17: string): string {
  if (!/^\d{17}$/.test(prefix17)) throw new RangeError(`makeIdNumber needs 17 digits, got "${prefix17}"`);
  return prefix17 + idCheckChar(prefix17);
}

// --- Unified social credit code -----------------------------------------------------------

// GB 32100-2015 leaves out I, O, Z, S and V so codes cannot be misread as 1, 0, 2, 5 and U.
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// Registration authority (1-9, A, N, Y), category, 6-digit region code, then 10 code characters.
const USCC_PATTERN = /^[1-9ANY][0-9A-HJ-NP-RTUW-Y]\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function usccCheckChar(body17: string): string {
  const sum = USCC_WEIGHTS.reduce(
    (acc, weight, i) => acc + USCC_CHARSET.indexOf(body17.charAt(i)) * weight,
    0,
  );
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * GB 11714 check character of an organisation code. GB 11714 values letters over the full
 * alphabet (A=10 … Z=35), which is exactly base-36 digit value, not the USCC charset index.
 */
function orgCheckChar(body8: string): string {
  const sum = ORG_WEIGHTS.reduce((acc, weight, i) => acc + parseInt(body8.charAt(i), 36) * weight, 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * Checks a unified social credit code, accepting lower case and surrounding spaces. Besides the
 * final check character it verifies the GB 11714 check character that ends the embedded
 * organisation code (position 17): every published code we could find satisfies it.
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const value = input.trim().toUpperCase();
  if (!USCC_PATTERN.test(value)) return { ok: false, reason: 'USCC_FORMAT' };
  if (usccCheckChar(value) !== value.charAt(17)) return { ok: false, reason: 'USCC_CHECK_CHAR' };
  if (orgCheckChar(value.slice(8, 16)) !== value.charAt(16)) return { ok: false, reason: 'USCC_ORG_CHECK' };
  return { ok: true, value };
}

/** Appends the GB 11714 check character to an 8-character organisation code body. */
export function makeOrgCode(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) {
    throw new RangeError(`makeOrgCode needs 8 digits or letters, got "${body8}"`);
  }
  return body8 + orgCheckChar(body8);
}

/**
 * Appends the final check character. Position 17 is taken as given (build it with makeOrgCode
 * for a code that validates), so tests can also produce codes whose organisation code is wrong.
 */
export function makeCreditCode(prefix17: string): string {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{17}$/.test(prefix17)) {
    throw new RangeError(`makeCreditCode needs 17 characters from the USCC charset, got "${prefix17}"`);
  }
  return prefix17 + usccCheckChar(prefix17);
}

// --- Request validation -------------------------------------------------------------------

type CheckResult = { ok: true } | { ok: false; reason: IdNumberError | CreditCodeError };

// trim() and toUpperCase() keep these plain string schemas, so they still render in OpenAPI.
function checkedString(check: (value: string) => CheckResult) {
  return z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((value, ctx) => {
      const result = check(value);
      if (!result.ok) {
        ctx.addIssue({
          code: 'custom',
          message: IDENTITY_MESSAGES[result.reason].en,
          params: { code: result.reason },
        });
      }
    });
}

/** Resident identity number; parses to the normalised (upper-case X) value. */
export const idNumberSchema = checkedString((value) => validateIdNumber(value));
/** Unified social credit code; parses to the normalised upper-case value. */
export const creditCodeSchema = checkedString(validateCreditCode);
