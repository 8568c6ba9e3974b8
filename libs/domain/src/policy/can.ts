import type { Caller } from './caller';
import { decideOnComment } from './comment-rules';
import type { PolicyDecision } from './decision';
import { decideOnProposal } from './proposal-rules';
import { decideOnRecommendation } from './recommendation-rules';
import { decideOnPlatform, decideOnRegion } from './region-rules';
import { actionsOn, type ActionOn, type Resource, type ResourceOf } from './resources';
import { decideOnSection, decideOnStrategy } from './strategy-rules';

/** The one place that decides who may do what: the API enforces it on every route and lists it in `can`. */
export function decide<T extends Resource['type']>(caller: Caller, action: ActionOn<T>, resource: ResourceOf<T>): PolicyDecision {
  const r = resource as Resource;
  switch (r.type) {
    case 'platform':
      return decideOnPlatform(caller, action as ActionOn<'platform'>, r);
    case 'region':
      return decideOnRegion(caller, action as ActionOn<'region'>, r);
    case 'strategy':
      return decideOnStrategy(caller, action as ActionOn<'strategy'>, r);
    case 'section':
      return decideOnSection(caller, action as ActionOn<'section'>, r);
    case 'proposal':
      return decideOnProposal(caller, action as ActionOn<'proposal'>, r);
    case 'comment':
      return decideOnComment(caller, action as ActionOn<'comment'>, r);
    case 'recommendation':
      return decideOnRecommendation(caller, action as ActionOn<'recommendation'>, r);
  }
}

export function can<T extends Resource['type']>(caller: Caller, action: ActionOn<T>, resource: ResourceOf<T>): boolean {
  return decide(caller, action, resource).kind === 'allow';
}

/** The actions open to the caller now, as a response's `can` lists them (reading goes without saying). */
export function actionsOpen<T extends Resource['type']>(caller: Caller, resource: ResourceOf<T>): Array<Exclude<ActionOn<T>, 'read'>> {
  const all = actionsOn[resource.type] as readonly ActionOn<T>[];
  return all.filter((action): action is Exclude<ActionOn<T>, 'read'> => action !== 'read' && can(caller, action, resource));
}
