/**
 * Masking of personal identifiers for display and logs (PIPL: show no more than needed).
 * Masked values keep their length so the reader can still tell what kind of value it was.
 */

/** Fallback for values of an unexpected shape: reveal at most the last 2 characters. */
function maskAllButTail(value: string): string {
  // Very short values keep fewer (or no) characters, so nothing short is ever fully readable.
  const keep = Math.min(2, Math.floor(value.length / 3));
  return '*'.repeat(value.length - keep) + value.slice(value.length - keep);
}

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

/**
 * Masks an 18-character ID number or credit code (also a legacy 15-digit ID number) to its first
 * and last 4 characters: '330103199001011234' → '3301**********1234'.
 */
export function maskCode(value: string): string {
  return value.length === 18 || value.length === 15 ? maskMiddle(value, 4, 4) : maskAllButTail(value);
}

/** Same rule as maskCode; named for readability at call sites. */
export const maskIdNumber = maskCode;

/** Masks an 11-digit mainland mobile number: '13812345678' → '138****5678'. */
export function maskPhone(value: string): string {
  return value.length === 11 ? maskMiddle(value, 3, 4) : maskAllButTail(value);
}

// An ID number (17 digits + digit/X) or a mobile number, optionally with +86 (also URL-encoded).
// The digit look-arounds leave longer digit runs such as order numbers or timestamps alone.
const SENSITIVE_RUN = /(?<!\d)(?:(\d{17}[\dX])|((?:\+|%2B)86[- ]?)?(1[3-9]\d{9}))(?!\d)/gi;

/** Masks every ID number and mobile number inside free text such as a request URL or log line. */
export function maskSensitiveText(text: string): string {
  return text.replace(
    SENSITIVE_RUN,
    (_match, idNumber: string | undefined, countryCode: string | undefined, phone: string | undefined) =>
      idNumber !== undefined ? maskCode(idNumber) : (countryCode ?? '') + maskPhone(phone ?? ''),
  );
}
