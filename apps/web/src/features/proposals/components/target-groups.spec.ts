import { splitTargetGroups } from './target-groups';

describe('splitTargetGroups', () => {
  it('splits on commas and semicolons and trims', () => {
    expect(splitTargetGroups(' refugees, young people ;women')).toEqual(['refugees', 'young people', 'women']);
  });

  it('drops blanks and repeats', () => {
    expect(splitTargetGroups('refugees,, refugees , ')).toEqual(['refugees']);
  });

  it('gives nothing for an empty field', () => {
    expect(splitTargetGroups('   ')).toEqual([]);
  });
});
