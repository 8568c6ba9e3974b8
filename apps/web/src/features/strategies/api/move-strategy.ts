import { approvalState, organisationType, strategyDetail, type StrategyStatus } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { strategiesQueryOptions } from './get-strategies';
import { strategyQueryOptions } from './get-strategy';

export function moveStrategy(strategyId: string, to: StrategyStatus) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}/transitions`, strategyDetail, { method: 'POST', body: { to } });
}

/** What a refused submission says (409 SECTIONS_NOT_APPROVED): the sections that hold it back. */
export const sectionsNotApproved = z.object({
  sections: z.array(z.object({ id: z.string(), heading: z.string(), state: approvalState, missingTypes: z.array(organisationType) })),
});

export function useMoveStrategy(strategyId: string, regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: StrategyStatus) => moveStrategy(strategyId, to),
    onSuccess: (detail) => {
      queryClient.setQueryData(strategyQueryOptions(strategyId).queryKey, detail);
      return queryClient.invalidateQueries({ queryKey: strategiesQueryOptions(regionId).queryKey });
    },
  });
}
