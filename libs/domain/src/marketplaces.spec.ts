import { isSupportedLanguage, isValidTimeZone } from './marketplaces';

describe('marketplace basics', () => {
  it('knows the routed languages', () => {
    expect(isSupportedLanguage('de')).toBe(true);
    expect(isSupportedLanguage('xx')).toBe(false);
  });
  it('accepts IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
