import { useEffect } from 'react';
import { useMe } from '../../features/auth/api/get-me';
import { currentUiLanguage, isUiLanguage, setUiLanguage } from '../../lib/i18n';

/** Once signed in, the interface speaks the language saved with the account (when it is one we have). */
export function useAccountLanguage(): void {
  const { data: me } = useMe();
  useEffect(() => {
    if (me && isUiLanguage(me.locale) && me.locale !== currentUiLanguage()) void setUiLanguage(me.locale);
  }, [me]);
}
