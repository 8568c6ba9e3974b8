/** Where a section's translation into a language is read and written, side by side with the text. */
export function translationPath(sectionId: string, language: string): string {
  return `/sections/${sectionId}/translations/${language}`;
}
