import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/api/get-me';
import { useUpdateMe } from '../../features/auth/api/update-me';
import { currentUiLanguage, endonyms, setUiLanguage, uiLanguages, type UiLanguage } from '../../lib/i18n';

/**
 * The interface languages behind one button that names the current one; each is offered in its own name and
 * script (Deutsch, Gaeilge, العربية), so that a person who reads none of the others still finds theirs. The
 * choice is saved with the account, or in this browser.
 */
export function LanguageMenu() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const current = currentUiLanguage();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!open) return;
    // Escape or a click elsewhere folds the list; Escape puts the focus back on the button.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const choose = (language: UiLanguage) => {
    setOpen(false);
    toggle.current?.focus();
    void setUiLanguage(language);
    if (me) updateMe.mutate({ locale: language });
  };

  return (
    <nav aria-label={t('language.label')} className="language-menu" ref={menu}>
      <button
        ref={toggle}
        type="button"
        lang={current}
        className="language-menu__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {endonyms[current]}
      </button>
      <ul id={listId} hidden={!open} className="language-menu__list">
        {uiLanguages.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              className="language-menu__option"
              aria-pressed={language === current}
              onClick={() => {
                choose(language);
              }}
            >
              {endonyms[language]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
