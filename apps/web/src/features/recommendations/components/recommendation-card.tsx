import type { Recommendation, ResponseDecision } from '@belong/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { MarkdownText } from '../../../components/ui/markdown';
import { formatDate, formatDateTime } from '../../../lib/display-names';

const decisionTones: Record<ResponseDecision, BadgeTone> = {
  agreed: 'success',
  agreed_in_part: 'success',
  declined: 'danger',
  further_study: 'warning',
};

export function DecisionBadge({ decision }: { decision: ResponseDecision }) {
  const { t } = useTranslation();
  return <Badge tone={decisionTones[decision]}>{t(`responseDecisions.${decision}`)}</Badge>;
}

interface RecommendationCardProps {
  recommendation: Recommendation;
  lang?: string;
  /** The official's answer form, when the caller may answer. */
  children?: ReactNode;
}

/** A recommendation with the proposals and comments it comes from, and the authority's answer once given. */
export function RecommendationCard({ recommendation: r, lang, children }: RecommendationCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const titleId = `recommendation-${r.id}-title`;
  return (
    <article id={`recommendation-${r.id}`} aria-labelledby={titleId} className="recommendation">
      <h3 id={titleId} lang={lang}>
        {r.title}
      </h3>
      <p className="entry__title">
        <Badge tone={r.status === 'submitted' ? 'info' : 'neutral'}>{t(`recommendationStatus.${r.status}`)}</Badge>
        {r.response ? <DecisionBadge decision={r.response.decision} /> : <Badge tone="warning">{t('recommendations.unanswered')}</Badge>}
      </p>
      <MarkdownText source={r.body} firstHeadingLevel={4} lang={lang} />
      <h4>{t('recommendations.sources')}</h4>
      <ul className="source-list">
        {r.sources.proposals.map((p) => (
          <li key={p.id}>
            {t('recommendations.proposalSource')}{' '}
            <Link to={`/proposals/${p.id}`} lang={lang}>
              {p.title}
            </Link>{' '}
            <span className="muted">
              (
              {p.organisationName
                ? p.organisationType
                  ? t('recommendations.organisationWithType', {
                      name: p.organisationName,
                      type: t(`organisationTypes.${p.organisationType}`),
                    })
                  : p.organisationName
                : t('common.none')}
              , {t(`proposalStatus.${p.status}`)})
            </span>
          </li>
        ))}
        {r.sources.comments.map((c) => (
          <li key={c.id}>
            {t('recommendations.commentSource', { name: c.organisationName ? `${c.authorName}, ${c.organisationName}` : c.authorName })}{' '}
            <Link to={`/sections/${c.sectionId}`}>
              <q lang={lang}>{c.body}</q>
            </Link>
          </li>
        ))}
      </ul>
      {r.response && (
        <div className="answer">
          <h4>{t('recommendations.responseTitle')}</h4>
          <p className="answer__text">{r.response.answer}</p>
          <dl className="inline-facts">
            <div>
              <dt>{t('recommendations.answeredBy')}</dt>
              <dd>
                {t('recommendations.answeredByValue', {
                  name: r.response.officialName,
                  date: formatDateTime(r.response.createdAt, language),
                })}
              </dd>
            </div>
            {r.response.department && (
              <div>
                <dt>{t('recommendations.department')}</dt>
                <dd>{r.response.department}</dd>
              </div>
            )}
            {r.response.dueDate && (
              <div>
                <dt>{t('recommendations.dueDate')}</dt>
                <dd>{formatDate(r.response.dueDate, language)}</dd>
              </div>
            )}
          </dl>
        </div>
      )}
      {children}
    </article>
  );
}
