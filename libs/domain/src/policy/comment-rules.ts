import { takesFeedback, textFrozen } from '../strategy-workflow';
import { coordinates, type Caller } from './caller';
import { allow, firstRefusal, forbidden, hidden, refusedNow, type PolicyDecision } from './decision';
import type { ActionOn, CommentResource } from './resources';
import { maySee } from './strategy-rules';

/**
 * A comment is seen with its section. Its author edits or deletes it while the text is discussed (not once a
 * reply or a recommendation rests on it); its author or a coordinator resolves it until the text is frozen.
 */
export function decideOnComment(caller: Caller, action: ActionOn<'comment'>, comment: CommentResource): PolicyDecision {
  const { strategy } = comment;
  const see = () => (maySee(caller, strategy) ? allow : hidden);
  const author = () => (comment.authorId === caller.userId ? allow : forbidden('Only its author changes a comment'));
  const discussed = () =>
    takesFeedback(strategy.status)
      ? allow
      : refusedNow('FEEDBACK_CLOSED', `The strategy is ${strategy.status}: comments change during the consultation and consolidation`);
  switch (action) {
    case 'read':
      return see();
    case 'edit':
      return firstRefusal(see, author, discussed);
    case 'delete':
      return firstRefusal(see, author, discussed, () =>
        comment.replies > 0 || comment.isSource
          ? refusedNow('COMMENT_IN_USE', 'Replies or a recommendation rest on this comment: it stays as written')
          : allow,
      );
    case 'resolve':
      return firstRefusal(
        see,
        () =>
          comment.authorId === caller.userId || coordinates(caller, strategy.regionId)
            ? allow
            : forbidden('Only its author or a coordinator resolves a comment'),
        () => (textFrozen(strategy.status) ? refusedNow('TEXT_FROZEN', `The strategy is ${strategy.status}`) : allow),
      );
  }
}
