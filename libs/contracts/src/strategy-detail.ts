import { z } from 'zod';
import { section } from './sections';
import { strategy, strategyStatus } from './strategies';

/** `GET /api/strategies/:id`: the strategy with its sections in order, each with its approval summary. */
export const strategyDetail = strategy.extend({
  sections: z.array(section),
  /** Where the coordinator may move the strategy next. */
  nextStatuses: z.array(strategyStatus),
});
export type StrategyDetail = z.infer<typeof strategyDetail>;
