import type { SectionRevision } from '@belong/contracts';
import { wordDiff } from '@belong/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../lib/display-names';
import { mergeTexts } from '../../../lib/three-way-merge';
import type { SectionValues } from './section-fields';
import { WordDiffView } from './word-diff-view';

/** The section's words as the diff endpoint compares them: heading, blank line, body. */
export const sectionText = ({ heading, body }: { heading: string; body: string }) => `${heading}\n\n${body}`;

/** Both people's changes together, when they changed different words (and not both the theme); else null. */
export function mergeSection(base: SectionValues, mine: SectionValues, theirs: SectionValues): SectionValues | null {
  const heading = mergeTexts(base.heading, mine.heading, theirs.heading);
  const body = mergeTexts(base.body, mine.body, theirs.body);
  const theme = mine.theme === base.theme ? theirs.theme : theirs.theme === base.theme || theirs.theme === mine.theme ? mine.theme : null;
  return heading === null || body === null || theme === null ? null : { heading, body, theme };
}

/** How the person goes on: from both changes merged, from their own text, or from the other version. */
export type Resolution = 'merged' | 'mine' | 'theirs';

interface EditConflictProps {
  /** The text the editing started from. */
  base: SectionValues;
  mine: SectionValues;
  /** The revision someone else saved in the meantime. */
  theirs: SectionRevision;
  lang: string;
  onResolve: (values: SectionValues, how: Resolution) => void;
}

/**
 * Someone else saved the section first (412). Nothing is lost: the person sees how the saved version and
 * theirs differ, and goes on from a merge of both, from their own text, or from the other version.
 */
export function EditConflict({ base, mine, theirs, lang, onResolve }: EditConflictProps) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [theirs.revision]);
  const other: SectionValues = { heading: theirs.heading, body: theirs.body, theme: theirs.theme };
  const merged = mergeSection(base, mine, other);
  const choices: Array<{ how: Resolution; values: SectionValues; label: string }> = [
    ...(merged ? [{ how: 'merged' as const, values: merged, label: t('sections.conflict.merge') }] : []),
    { how: 'mine', values: mine, label: t('sections.conflict.keepMine') },
    { how: 'theirs', values: other, label: t('sections.conflict.takeTheirs') },
  ];

  return (
    <div ref={ref} tabIndex={-1} className="conflict focus-target">
      <Alert tone="error">
        <p className="alert__title">{t('sections.conflict.title')}</p>
        <p>
          {t('sections.conflict.explained', {
            name: theirs.authorName,
            revision: theirs.revision,
            date: formatDateTime(theirs.createdAt, i18n.resolvedLanguage ?? 'en'),
          })}
        </p>
      </Alert>
      <p className="conflict__title">{t('sections.conflict.compare', { revision: theirs.revision })}</p>
      <WordDiffView changes={wordDiff(sectionText(other), sectionText(mine))} lang={lang} legend={false} />
      {other.theme !== mine.theme && (
        <p>
          {t('sections.conflict.themes', {
            theirs: t(`themes.${theirs.theme}`),
            mine: t(`themes.${mine.theme as SectionRevision['theme']}`),
          })}
        </p>
      )}
      {merged === null && <p>{t('sections.conflict.cannotMerge')}</p>}
      <div className="actions">
        {choices.map(({ how, values, label }, index) => (
          <Button
            key={how}
            variant={index === 0 ? 'primary' : 'secondary'}
            onClick={() => {
              onResolve(values, how);
            }}
          >
            {label}
          </Button>
        ))}
      </div>
    </div>
  );
}
