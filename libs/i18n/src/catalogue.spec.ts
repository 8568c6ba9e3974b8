import {
  approvalStates,
  decisions,
  errorCodes,
  exportFormats,
  organisationTypes,
  proposalStatuses,
  recommendationStatuses,
  responseDecisions,
  roles,
  strategyStatuses,
  themes,
} from '@belong/contracts';
import { catalogue, direction, endonyms, sourceLanguage, uiLanguages, type UiLanguage } from './index';

/**
 * Every value of the contracts that people see by name, and the keys it is named under (`themes.housing`).
 * Not here: languages and countries (named by Intl.DisplayNames), comment statuses (shown as a badge,
 * `comments.resolved`).
 */
const shownEnums: Array<[values: readonly string[], prefixes: string[]]> = [
  [themes, ['themes']],
  [organisationTypes, ['organisationTypes', 'organisationTypesInSentence']],
  [roles, ['roles']],
  [strategyStatuses, ['strategyStatus', 'workflow.stage', 'workflow.moveTo', 'workflow.confirm']],
  [approvalStates, ['approvalStates']],
  [decisions, ['approvals.decisions', 'approvals.choices']],
  [proposalStatuses, ['proposalStatus', 'proposals.column']],
  [responseDecisions, ['responseDecisions']],
  [recommendationStatuses, ['recommendationStatus']],
  [errorCodes, ['errors.codes']],
  [exportFormats, ['export.formats', 'export.formatNames']],
];

type Tree = { [key: string]: string | Tree };

/** Every key of a locale with its text: `themes.housing` → `Housing`. */
function entries(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of entries(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The keys of a locale with the variables their texts interpolate, plural forms taken together: each language
 * has the forms its grammar needs (`_one`, `_other`; Polish adds `_few`, `_many`), and one form may leave out
 * `{{count}}` ("eine Organisation").
 */
function variablesByKey(language: UiLanguage): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of entries(catalogue[language])) {
    const base = key.replace(pluralSuffix, '');
    const variables = out.get(base) ?? new Set<string>();
    for (const [, name] of text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) variables.add(name!);
    out.set(base, variables);
  }
  return new Map([...out].map(([key, variables]) => [key, [...variables].sort()]));
}

describe('the catalogue of words', () => {
  it.each(uiLanguages)('names every value of the contracts that people see, in %s', (language) => {
    const keys = entries(catalogue[language]);
    const missing = shownEnums.flatMap(([values, prefixes]) =>
      prefixes.flatMap((prefix) => values.map((value) => `${prefix}.${value}`).filter((key) => !keys.get(key)?.trim())),
    );
    expect(missing).toEqual([]);
  });

  it.each(uiLanguages.filter((language) => language !== sourceLanguage))(
    'has in %s exactly the keys of English, with the same variables',
    (language) => {
      expect(Object.fromEntries(variablesByKey(language))).toEqual(Object.fromEntries(variablesByKey(sourceLanguage)));
    },
  );

  it.each(uiLanguages)('has in %s each plural form its grammar needs, and no other', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const forms = new Map<string, string[]>();
    for (const key of entries(catalogue[language]).keys()) {
      const form = pluralSuffix.exec(key)?.[1];
      const base = key.replace(pluralSuffix, '');
      if (form) forms.set(base, [...(forms.get(base) ?? []), form]);
    }
    const wrong = [...forms].filter(([, found]) => found.sort().join() !== [...needed].sort().join());
    expect(wrong).toEqual([]);
  });
});

describe('the languages menu', () => {
  it.each(uiLanguages)("names %s as CLDR names it in itself, capitalised as a menu's line begins", (language) => {
    const own = new Intl.DisplayNames([language], { type: 'language' }).of(language)!;
    expect(endonyms[language]).toBe(own.charAt(0).toLocaleUpperCase(language) + own.slice(1));
  });

  it('writes Arabic right to left and every other language left to right', () => {
    expect(uiLanguages.filter((language) => direction(language) === 'rtl')).toEqual(['ar']);
  });
});
