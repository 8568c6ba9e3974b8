import type { Task } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

function linkOf(task: Task): string {
  switch (task.kind) {
    case 'approve_section':
      return `/sections/${task.sectionId ?? ''}`;
    case 'review_proposal':
      return `/proposals/${task.proposalId ?? ''}`;
    case 'answer_recommendation':
      return `/strategies/${task.strategyId ?? ''}/recommendations`;
  }
}

/** What waits on the person, oldest first, each a link to where they act. */
export function TaskList({ items }: { items: Task[] }) {
  const { t, i18n } = useTranslation();
  const since = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  if (items.length === 0) return <p>{t('tasks.none')}</p>;
  const sentence = (task: Task) => {
    const strategy = task.strategyTitle ?? '';
    switch (task.kind) {
      case 'approve_section':
        return t('tasks.approveSection', { section: task.title, strategy });
      case 'review_proposal':
        return t('tasks.reviewProposal', { proposal: task.title });
      case 'answer_recommendation':
        return t('tasks.answerRecommendation', { recommendation: task.title, strategy });
    }
  };
  return (
    <ul className="tasks">
      {items.map((task) => (
        <li key={`${task.kind}:${task.sectionId ?? task.proposalId ?? task.recommendationId ?? ''}`}>
          <Link to={linkOf(task)}>{sentence(task)}</Link>{' '}
          <span className="muted">{t('tasks.since', { date: since.format(new Date(task.since)) })}</span>
        </li>
      ))}
    </ul>
  );
}
