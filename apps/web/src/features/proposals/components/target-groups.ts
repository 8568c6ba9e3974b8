/** Target groups typed as a list separated by commas or semicolons: trimmed, without blanks or repeats. */
export function splitTargetGroups(input: string): string[] {
  const groups = input
    .split(/[,;\n]/)
    .map((group) => group.trim())
    .filter((group) => group.length > 0);
  return [...new Set(groups)];
}
