import { readFileSync } from 'node:fs';

// Read as a file: the stylesheet is plain CSS, concatenated by hand from every feature.
const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * Blocks as the browser would nest them. An unclosed rule swallows every rule after it without an error
 * anywhere — the screens further down the file just lose their layout — so this fails instead.
 */
function blockProblems(source: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let header = '';
  let line = 1;
  for (const ch of source) {
    if (ch === '\n') line++;
    if (ch === '{') {
      const selector = header.trim();
      const parent = stack[stack.length - 1];
      if (parent !== undefined && !parent.startsWith('@')) problems.push(`line ${line}: "${selector}" opens inside "${parent}"`);
      stack.push(selector);
      header = '';
    } else if (ch === '}') {
      if (stack.pop() === undefined) problems.push(`line ${line}: "}" closes nothing`);
      header = '';
    } else if (ch === ';') {
      header = '';
    } else {
      header += ch;
    }
  }
  for (const open of stack) problems.push(`"${open}" is never closed`);
  return problems;
}

describe('the console stylesheet', () => {
  it('closes every rule it opens, and nests rules only in at-rules', () => {
    expect(blockProblems(css)).toEqual([]);
  });

  it('catches a rule left open', () => {
    expect(blockProblems('.a {\n  color: red;\n\n.b {\n  color: blue;\n}\n')).toEqual(['line 4: ".b" opens inside ".a"', '".a" is never closed']);
  });
});
