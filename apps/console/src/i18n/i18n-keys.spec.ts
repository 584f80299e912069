import en from './en.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('console translations', () => {
  it('has every English string in Simplified Chinese and nothing extra', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('leaves no string empty', () => {
    const empty = (tree: object): boolean =>
      Object.values(tree).some((value) => (typeof value === 'object' ? empty(value) : String(value).trim() === ''));
    expect(empty(en)).toBe(false);
    expect(empty(zhCN)).toBe(false);
  });
});
