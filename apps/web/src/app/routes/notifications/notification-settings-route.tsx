import {
  emailModes,
  notificationCategories,
  type EmailMode,
  type NotificationCategory,
  type NotificationSettings,
} from '@belong/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { useNotificationSettings, useUpdateNotificationSettings } from '../../../features/notifications/api/notification-settings';
import { errorMessage } from '../../../lib/error-message';

/** The time zones the browser knows, for the daily digest's 07:00. */
const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

export function NotificationSettingsRoute() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  if (settings.isError) return <Alert tone="error">{errorMessage(t, settings.error)}</Alert>;
  if (!settings.data) return <Spinner label={t('common.loading')} />;
  return <SettingsForm saved={settings.data} />;
}

function SettingsForm({ saved }: { saved: NotificationSettings }) {
  const { t } = useTranslation();
  const update = useUpdateNotificationSettings();
  const [email, setEmail] = useState(saved.email);
  const [timeZone, setTimeZone] = useState(saved.timeZone);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ email, timeZone });
  };
  return (
    <div className="narrow">
      <PageHeading>{t('notificationSettings.title')}</PageHeading>
      <p>{t('notificationSettings.intro')}</p>
      <StatusMessage message={update.isSuccess ? t('notificationSettings.saved') : null} />
      {update.isError && <Alert tone="error">{errorMessage(t, update.error)}</Alert>}
      <form className="form" noValidate onSubmit={submit} aria-label={t('notificationSettings.title')}>
        {notificationCategories.map((category: NotificationCategory) => (
          <RadioGroup
            key={category}
            id={`email-${category}`}
            name={`email-${category}`}
            legend={t(`notificationSettings.legends.${category}`)}
            value={email[category]}
            options={emailModes.map((mode) => ({ value: mode, label: t(`notificationSettings.modes.${mode}`) }))}
            onChange={(event) => {
              setEmail((current) => ({ ...current, [category]: event.target.value as EmailMode }));
            }}
          />
        ))}
        <SelectField
          id="notification-time-zone"
          name="timeZone"
          label={t('notificationSettings.timeZone')}
          hint={t('notificationSettings.timeZoneHint')}
          value={timeZone}
          options={zones.map((zone) => ({ value: zone, label: zone }))}
          onChange={(event) => {
            setTimeZone(event.target.value);
          }}
        />
        <Button type="submit" busy={update.isPending}>
          {t('notificationSettings.save')}
        </Button>
      </form>
    </div>
  );
}
