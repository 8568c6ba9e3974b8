import type { Notification, NotificationKind } from '@belong/contracts';
import type { TFunction } from 'i18next';
import type { NotificationRow } from './notifications.repository';

/** The catalogue key of each kind's sentence (`notifications.kinds.*`), and whether it asks the reader to act. */
const kinds: Record<NotificationKind, { key: string; needsAction: boolean }> = {
  'strategy.consultation_opened': { key: 'consultationOpened', needsAction: true },
  'approval.stale': { key: 'approvalStale', needsAction: true },
  'proposal.submitted': { key: 'proposalSubmitted', needsAction: true },
  'proposal.answered': { key: 'proposalAnswered', needsAction: false },
  'comment.replied': { key: 'commentReplied', needsAction: false },
  'recommendations.submitted': { key: 'recommendationsSubmitted', needsAction: true },
  'recommendation.answered': { key: 'recommendationAnswered', needsAction: false },
  'strategy.adopted': { key: 'strategyAdopted', needsAction: false },
  'strategy.returned': { key: 'strategyReturned', needsAction: true },
};

/** The page where the reader acts on it. */
export function linkOf(n: Pick<NotificationRow, 'kind' | 'entity_type' | 'entity_id' | 'strategy_id' | 'params'>): string {
  switch (n.kind) {
    case 'approval.stale':
    case 'comment.replied':
      return `/sections/${n.params.sectionId ?? n.entity_id}`;
    case 'proposal.submitted':
    case 'proposal.answered':
      return `/proposals/${n.entity_id}`;
    case 'recommendations.submitted':
    case 'recommendation.answered':
      return `/strategies/${n.strategy_id ?? ''}/recommendations`;
    case 'strategy.consultation_opened':
    case 'strategy.adopted':
    case 'strategy.returned':
      return `/strategies/${n.entity_id}`;
  }
}

export function needsAction(kind: NotificationKind): boolean {
  return kinds[kind].needsAction;
}

/**
 * The sentence, in the reader's language. Statuses and decisions are given as their own words from the
 * catalogue; names and titles as they were written.
 */
export function titleOf(t: TFunction, n: Pick<NotificationRow, 'kind' | 'params'>): string {
  const params: Record<string, string> = { ...n.params };
  if (params.status) params.status = t(`proposalStatus.${params.status}` as 'proposalStatus.accepted');
  if (params.decision) params.decision = t(`responseDecisions.${params.decision}` as 'responseDecisions.agreed');
  // The key is one of the kinds' (checked by the table above); its variables are those the kind's params carry.
  const say = t as unknown as (key: string, options: Record<string, string>) => string;
  return say(`notifications.kinds.${kinds[n.kind].key}`, params);
}

export function toNotification(t: TFunction, n: NotificationRow): Notification {
  return {
    id: n.id,
    kind: n.kind,
    title: titleOf(t, n),
    link: linkOf(n),
    regionId: n.region_id,
    strategyId: n.strategy_id,
    entity: { type: n.entity_type as Notification['entity']['type'], id: n.entity_id },
    needsAction: needsAction(n.kind),
    readAt: n.read_at?.toISOString() ?? null,
    createdAt: n.created_at.toISOString(),
  };
}
