import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/api/get-me';
import { useUpdateMe } from '../../features/auth/api/update-me';
import { languageName } from '../../lib/display-names';
import { currentUiLanguage, setUiLanguage, uiLanguages, type UiLanguage } from '../../lib/i18n';

/** Each language is offered in its own name; the choice is saved with the account, or in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const current = currentUiLanguage();

  const choose = (language: UiLanguage) => {
    void setUiLanguage(language);
    if (me) updateMe.mutate({ locale: language });
  };

  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {uiLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === current}
          onClick={() => {
            choose(language);
          }}
        >
          {languageName(language, language)}
        </button>
      ))}
    </div>
  );
}
