import type { MailMessage } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../components/ui/disclosure';
import { PageHeading } from '../../../components/ui/page-heading';
import { PagedList } from '../../../components/ui/paged-list';
import { useOutbox } from '../../../features/outbox/api/get-outbox';
import { UnavailablePage } from '../unavailable-page';

/** The mail Belong wrote, newest first: without a mail server, the place where invitations and resets wait. */
export function OutboxRoute() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  if (outbox.isError) return <UnavailablePage title={t('outbox.title')} notFound={t('outbox.title')} error={outbox.error} />;
  return (
    <>
      <PageHeading>{t('outbox.title')}</PageHeading>
      <p>{t('outbox.intro')}</p>
      <PagedList query={outbox} empty={t('outbox.empty')}>
        {(messages) => (
          <ol className="outbox">
            {messages.map((m) => (
              <OutboxMessage key={m.id} message={m} />
            ))}
          </ol>
        )}
      </PagedList>
    </>
  );
}

function OutboxMessage({ message }: { message: MailMessage }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(message.createdAt));
  return (
    <li className="outbox__message">
      <h2 className="outbox__subject" lang={message.language}>
        {message.subject}
      </h2>
      <p className="muted">{t('outbox.meta', { to: message.to, when, status: t(`outbox.statuses.${message.status}`) })}</p>
      {message.text && (
        <Disclosure label={t('outbox.show')}>
          {() => (
            <pre className="outbox__text" lang={message.language}>
              {message.text}
            </pre>
          )}
        </Disclosure>
      )}
    </li>
  );
}
