import { strategyDetail } from '@belong/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** With `lang`, each section that has a translation into that language comes in it. */
export function getStrategy(strategyId: string, lang?: string) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}`, strategyDetail, { query: { lang } });
}

/** The strategy with its sections, their approval state and where the caller may move it. */
export const strategyQueryOptions = (strategyId: string) =>
  queryOptions({ queryKey: ['strategies', strategyId], queryFn: () => getStrategy(strategyId), retry: false });

/** The strategy page in a language: under the strategy's key, so that whatever refreshes the strategy refreshes it. */
export const strategyInQueryOptions = (strategyId: string, lang: string) =>
  queryOptions({ queryKey: ['strategies', strategyId, 'in', lang], queryFn: () => getStrategy(strategyId, lang), retry: false });

export function useStrategy(strategyId: string, { enabled = true } = {}) {
  return useQuery({ ...strategyQueryOptions(strategyId), enabled });
}

/** The strategy with its sections in `lang` where they have a translation into it. */
export function useStrategyIn(strategyId: string, lang: string) {
  return useQuery({ ...strategyInQueryOptions(strategyId, lang), placeholderData: keepPreviousData });
}
