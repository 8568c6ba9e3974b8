import type { StrategyStatus } from '@belong/contracts';
import { canMove, nextStatuses, openToAllRegions, openToMembers, takesFeedback, textFrozen } from '../strategy-workflow';
import { coordinates, roleIn, signsFor, speaksForAuthority, type Caller } from './caller';
import { allow, firstRefusal, forbidden, hidden, refusedNow, type PolicyDecision } from './decision';
import type { ActionOn, SectionResource, StrategyFacts, StrategyResource } from './resources';

/**
 * Who sees a strategy: administrators and its region's coordinators always; the region's other members from
 * the consultation on; anyone signed in once it is submitted or adopted (the exchange between regions).
 */
export function maySee(caller: Caller, strategy: StrategyFacts): boolean {
  if (caller.isAdmin || openToAllRegions(strategy.status)) return true;
  const role = roleIn(caller, strategy.regionId);
  return role === 'coordinator' || (role !== null && openToMembers(strategy.status));
}

const seen = (caller: Caller, strategy: StrategyFacts) => () => (maySee(caller, strategy) ? allow : hidden);

const coordinator = (caller: Caller, strategy: StrategyFacts, what: string) => () =>
  coordinates(caller, strategy.regionId) ? allow : forbidden(`Only the region's coordinators ${what}`);

const notFrozen = (strategy: StrategyFacts) => () =>
  textFrozen(strategy.status) ? refusedNow('TEXT_FROZEN', `The strategy is ${strategy.status}: its text no longer changes`) : allow;

const feedbackOpen = (strategy: StrategyFacts, what: string) => () =>
  takesFeedback(strategy.status)
    ? allow
    : refusedNow('FEEDBACK_CLOSED', `The strategy is ${strategy.status}: ${what} are taken during the consultation and consolidation`);

/** Members other than observers discuss the text (administrators too). */
const discussant = (caller: Caller, strategy: StrategyFacts) => () => {
  const role = roleIn(caller, strategy.regionId);
  return caller.isAdmin || (role !== null && role !== 'observer') ? allow : forbidden('Observers read but do not comment');
};

const signatory = (caller: Caller, strategy: StrategyFacts) => () =>
  signsFor(caller, strategy.regionId) ? allow : forbidden('Only a signatory of an organisation approves on its behalf');

const proposer = (caller: Caller, strategy: StrategyFacts) => () => {
  const role = roleIn(caller, strategy.regionId);
  return caller.isAdmin || role === 'coordinator' || role === 'stakeholder'
    ? allow
    : forbidden("Proposals come from the region's organisations and coordinators");
};

/** Proposals are about a text that members can read and that can still change. */
const takesProposals = (strategy: StrategyFacts) => () =>
  openToMembers(strategy.status) && !textFrozen(strategy.status)
    ? allow
    : refusedNow('INVALID_STATE', `The strategy is ${strategy.status}: it takes no proposals`);

/** The moves of the strategy: the coordinators move it until it is submitted; then the move is the authority's. */
function moverMay(caller: Caller, strategy: StrategyFacts): boolean {
  return strategy.status === 'submitted' ? speaksForAuthority(caller, strategy.regionId) : coordinates(caller, strategy.regionId);
}

export function decideMove(caller: Caller, strategy: StrategyFacts, to: StrategyStatus): PolicyDecision {
  if (!maySee(caller, strategy)) return hidden;
  const movesSome = coordinates(caller, strategy.regionId) || speaksForAuthority(caller, strategy.regionId);
  if (!canMove(strategy.status, to)) {
    return movesSome
      ? refusedNow('TRANSITION_NOT_ALLOWED', `A strategy in ${strategy.status} cannot move to ${to}`)
      : forbidden("Only the region's coordinators and the authority's officials move the strategy");
  }
  if (!moverMay(caller, strategy)) {
    return forbidden(
      strategy.status === 'submitted'
        ? "Adopting or returning a submitted strategy is the regional authority's act: its officials decide"
        : "Only the region's coordinators move the strategy",
    );
  }
  return allow;
}

/** Where the caller may move the strategy now, as far as roles and the workflow go. */
export function movesOpenTo(caller: Caller, strategy: StrategyFacts): StrategyStatus[] {
  return nextStatuses(strategy.status).filter((to) => decideMove(caller, strategy, to).kind === 'allow');
}

export function decideOnStrategy(caller: Caller, action: ActionOn<'strategy'>, strategy: StrategyResource): PolicyDecision {
  const see = seen(caller, strategy);
  switch (action) {
    case 'read':
      return see();
    case 'edit':
      return firstRefusal(see, coordinator(caller, strategy, 'change the strategy and its sections'), notFrozen(strategy));
    case 'addSection':
      return firstRefusal(see, coordinator(caller, strategy, 'add sections'), notFrozen(strategy));
    case 'recommend':
      return firstRefusal(see, coordinator(caller, strategy, 'write recommendations'), notFrozen(strategy));
    case 'comment':
      return firstRefusal(see, discussant(caller, strategy), feedbackOpen(strategy, 'comments'));
    case 'approve':
      return firstRefusal(see, signatory(caller, strategy), feedbackOpen(strategy, 'approvals'));
    case 'propose':
      return firstRefusal(see, proposer(caller, strategy), takesProposals(strategy));
    case 'transition':
      return firstRefusal(see, () =>
        movesOpenTo(caller, strategy).length > 0
          ? allow
          : moverMay(caller, strategy)
            ? refusedNow('TRANSITION_NOT_ALLOWED', 'No move is open')
            : forbidden('You do not move this strategy'),
      );
    case 'exportDraft':
      return firstRefusal(see, () =>
        caller.isAdmin || roleIn(caller, strategy.regionId) !== null
          ? allow
          : forbidden("Other regions read what was submitted: the working draft is the region's own"),
      );
    // Translations are not part of the frozen text: the coordinators keep them up to date in every stage.
    case 'translate':
      return firstRefusal(see, coordinator(caller, strategy, 'translate the strategy'));
    case 'answer':
      return firstRefusal(
        see,
        () => (speaksForAuthority(caller, strategy.regionId) ? allow : forbidden("Only the authority's officials answer recommendations")),
        () =>
          strategy.status === 'submitted'
            ? allow
            : refusedNow('INVALID_STATE', 'Recommendations are answered while their strategy is submitted to the authority'),
      );
  }
}

/** A section is seen, edited, discussed and approved as its strategy is. */
export function decideOnSection(caller: Caller, action: ActionOn<'section'>, section: SectionResource): PolicyDecision {
  return decideOnStrategy(caller, action, { type: 'strategy', ...section.strategy });
}
