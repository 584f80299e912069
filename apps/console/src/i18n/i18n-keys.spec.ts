import { readFileSync } from 'node:fs';

// Read as files: the spec tier compiles with swc, which drops JSON import attributes.
const load = (name: string): object => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as object;
const en = load('./en.json');
const zhCN = load('./zh-CN.json');

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
