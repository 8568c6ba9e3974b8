import type { Region } from '@belong/contracts';
import { countryName, formatList, languageName } from '../../../lib/display-names';

/** A region's country and languages as words in the interface language. */
export function regionText(region: Region, uiLanguage: string): { country: string; languages: string } {
  const languages = region.languages.map((code) => languageName(code, uiLanguage));
  return {
    country: countryName(region.country, uiLanguage),
    languages: formatList(languages, uiLanguage),
  };
}
