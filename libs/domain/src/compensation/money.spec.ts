import { currencyMinorDigits, formatMinorAsDecimal, isKnownCurrency, parseMoneyToMinor } from './money';

describe('money in minor units', () => {
  it('knows the minor unit of common currencies, JPY having none', () => {
    expect(currencyMinorDigits('EUR')).toBe(2);
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(currencyMinorDigits('KWD')).toBe(3); // from Intl
    expect(() => currencyMinorDigits('euro')).toThrow(RangeError);
  });

  it('parses decimal strings exactly', () => {
    expect(parseMoneyToMinor('12.34', 'EUR')).toBe(1234);
    expect(parseMoneyToMinor('0.1', 'EUR')).toBe(10);
    expect(parseMoneyToMinor('20', 'GBP')).toBe(2000);
    expect(parseMoneyToMinor('1500', 'JPY')).toBe(1500);
    expect(parseMoneyToMinor('1090.07', 'USD')).toBe(109_007);
  });

  it('refuses more decimals than the currency has, and non-amounts', () => {
    expect(() => parseMoneyToMinor('12.345', 'EUR')).toThrow('EUR has 2 decimal(s)');
    expect(() => parseMoneyToMinor('12.5', 'JPY')).toThrow('JPY has 0 decimal(s)');
    expect(() => parseMoneyToMinor('-3', 'EUR')).toThrow('Not an amount');
    expect(() => parseMoneyToMinor('1e3', 'EUR')).toThrow('Not an amount');
  });

  it('formats minor units back', () => {
    expect(formatMinorAsDecimal(1234, 'EUR')).toBe('12.34');
    expect(formatMinorAsDecimal(5, 'EUR')).toBe('0.05');
    expect(formatMinorAsDecimal(-150, 'USD')).toBe('-1.50');
    expect(formatMinorAsDecimal(1500, 'JPY')).toBe('1500');
  });
});

describe('isKnownCurrency', () => {
  it('knows ISO 4217 codes in use and refuses look-alikes', () => {
    expect(['EUR', 'JPY', 'NOK'].map(isKnownCurrency)).toEqual([true, true, true]);
    expect(['ZZZ', 'eur', 'EURO', ''].map(isKnownCurrency)).toEqual([false, false, false, false]);
  });
});
