import { describe, expect, it } from 'vitest';
import { testedAgainstText } from '../../../components/tested-against';

describe("a pack's testedAgainst in words", () => {
  it.each([
    ['2026-11', 'Tested against the console of November 2026'],
    ['2027-01', 'Tested against the console of January 2027'],
    [undefined, null],
    ['', null],
  ] as const)('%s → %s', (month, expected) => {
    expect(testedAgainstText(month)).toBe(expected);
  });
});
