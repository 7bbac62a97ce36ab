import { describe, expect, it } from 'vitest';
import { maskCode, maskIdNumber, maskPhone, maskSensitiveText } from './mask';

describe('maskIdNumber / maskCode', () => {
  it('keeps the first and last 4 characters of an ID number', () => {
    expect(maskIdNumber('330103199001011234')).toBe('3301**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks credit codes and legacy 15-digit ID numbers the same way', () => {
    expect(maskCode('91330100799655058B')).toBe('9133**********058B');
    expect(maskCode('330103900101123')).toBe('3301*******1123');
  });

  it.each([
    ['12345678901234567', '***************67'],
    ['3301031990010112345', '*****************45'],
    ['123456', '****56'],
    ['12345', '****5'],
    ['123', '**3'],
    ['12', '**'],
    ['', ''],
  ])('falls back to revealing at most the last 2 characters of %j', (input, masked) => {
    expect(maskCode(input)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it.each([
    ['057912345', '*******45'],
    ['+8613812345678', '************78'],
    ['1381', '***1'],
  ])('falls back to revealing at most the last 2 characters of %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});

describe('maskSensitiveText', () => {
  it('masks an ID number in a request URL', () => {
    expect(maskSensitiveText('/api/v1/people?idNumber=330103199001011234')).toBe(
      '/api/v1/people?idNumber=3301**********1234',
    );
  });

  it('masks several identifiers in one line, including a lower-case x', () => {
    expect(maskSensitiveText('id=11010519491231002x&phone=13812345678;backup 15900001111.')).toBe(
      'id=1101**********002x&phone=138****5678;backup 159****1111.',
    );
  });

  it('masks mobile numbers written with the +86 country code, also URL-encoded', () => {
    expect(maskSensitiveText('tel +86 13812345678, +8613812345678, ?p=%2B8613812345678')).toBe(
      'tel +86 138****5678, +86138****5678, ?p=%2B86138****5678',
    );
  });

  it('masks an identifier directly followed by letters', () => {
    expect(maskSensitiveText('13812345678abc')).toBe('138****5678abc');
  });

  it('leaves longer digit runs and non-mobile numbers alone', () => {
    const text = [
      'order 3301031990010112345', // 19 digits: not ID-shaped
      'ts 1717200000000', // 13-digit millisecond timestamp
      'seq 813812345678', // a phone-shaped run inside a 12-digit number
      'landline 12345678901', // 11 digits but 12x is not a mobile prefix
      'short 3301031990', // too short for either
    ].join('\n');
    expect(maskSensitiveText(text)).toBe(text);
  });
});
