import { listOf, proposal, type ProposalStatus } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export interface ProposalFilter {
  strategyId?: string;
  status?: ProposalStatus;
  /** Only the proposals of the caller's organisation. */
  mine?: boolean;
}

export function getProposals(regionId: string, { strategyId, status, mine }: ProposalFilter, cursor?: string) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/proposals`, listOf(proposal), {
    query: { strategyId, status, organisation: mine ? 'mine' : undefined, cursor },
  });
}

/** `['proposals', regionId]` prefixes every list of the region: one invalidation reaches them all. */
export const proposalsQueryOptions = (regionId: string, filter: ProposalFilter) =>
  listQueryOptions(['proposals', regionId, filter], (cursor) => getProposals(regionId, filter, cursor));

export function useProposals(regionId: string, filter: ProposalFilter, { enabled = true } = {}) {
  return useInfiniteQuery({ ...proposalsQueryOptions(regionId, filter), enabled, retry: false });
}
