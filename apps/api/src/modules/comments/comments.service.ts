import { Injectable } from '@nestjs/common';
import type { Comment, CommentListQuery, CreateCommentRequest, List, UpdateCommentRequest } from '@belong/contracts';
import { actionsOpen, decide, locateQuote, organisationOf, type Caller, type CommentResource } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { SectionsService } from '../sections/sections.service';
import type { StrategyRecord } from '../strategies/strategies.service';
import { UsersService } from '../users/users.service';
import { CommentsRepository, type CommentRecord } from './comments.repository';

export type { CommentRecord } from './comments.repository';

/** A comment as a recommendation cites it. */
export interface CitedComment {
  id: string;
  sectionId: string;
  body: string;
  authorName: string;
  organisationName: string | null;
}

function resource(c: CommentRecord, strategy: StrategyRecord, replies: number): CommentResource {
  return {
    type: 'comment',
    strategy: { id: strategy.id, regionId: strategy.regionId, status: strategy.status },
    authorId: c.authorId,
    replies,
    isSource: c.cited,
  };
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly tx: Transactions,
    private readonly sections: SectionsService,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** Oldest first, a page at a time; whether each anchor still holds is decided against the current text. */
  async list(caller: Caller, sectionId: string, query: CommentListQuery): Promise<List<Comment>> {
    const { section, strategy } = await this.sections.visible(caller, sectionId);
    const page = await this.comments.pageOfSection(sectionId, query.status, query);
    return { items: await this.views(caller, page.items, strategy, section.body), nextCursor: page.nextCursor };
  }

  async create(caller: Caller, sectionId: string, input: CreateCommentRequest): Promise<Comment> {
    return this.tx.run(async () => {
      // Comments go side by side; a move of the strategy or an edit of the section waits for them, and they for it.
      const { section, strategy } = await this.sections.lockedFor(caller, sectionId, 'comment', 'The section', 'shared');
      if (input.anchor && locateQuote(input.anchor, section.body) === -1)
        throw AppError.invalid('body.anchor.exact', "The quoted words are not in the section's current text");
      if (input.parentId && (await this.comments.find(input.parentId))?.sectionId !== sectionId)
        throw AppError.invalid('body.parentId', 'No comment of this section has this id');
      const saved = await this.comments.insert({
        sectionId,
        parentId: input.parentId ?? null,
        body: input.body,
        anchor: input.anchor ?? null,
        revision: section.revision,
        authorId: caller.userId,
        organisationId: organisationOf(caller, strategy.regionId),
      });
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'comment.created',
        entityType: 'comment',
        entityId: saved.id,
        data: { sectionId, strategyId: strategy.id, parentId: saved.parentId, anchored: saved.anchor !== null },
      });
      // A comment just written has no replies yet: no need to count them.
      return (await this.views(caller, [saved], strategy, section.body, new Map([[saved.id, 0]])))[0]!;
    });
  }

  /** Resolving or reopening (its author, a coordinator); rewording (its author, while the text is discussed). */
  async update(caller: Caller, id: string, input: UpdateCommentRequest): Promise<Comment> {
    return this.tx.run(async () => {
      const { comment, strategy, body, replies } = await this.locked(caller, id);
      const changes = {
        ...(input.status !== undefined && input.status !== comment.status ? { status: input.status } : {}),
        ...(input.body !== undefined && input.body !== comment.body ? { body: input.body, editedAt: new Date() } : {}),
      };
      if (changes.status) enforce(decide(caller, 'resolve', resource(comment, strategy, replies)), 'The comment');
      if (changes.body) enforce(decide(caller, 'edit', resource(comment, strategy, replies)), 'The comment');
      if (Object.keys(changes).length > 0) {
        await this.comments.update(id, changes);
        await this.audit.record({
          actorId: caller.userId,
          regionId: strategy.regionId,
          action: changes.body ? 'comment.edited' : `comment.${changes.status === 'resolved' ? 'resolved' : 'reopened'}`,
          entityType: 'comment',
          entityId: id,
          data: { fields: Object.keys(changes).filter((f) => f !== 'editedAt') },
        });
      }
      return (await this.views(caller, [{ ...comment, ...changes }], strategy, body))[0]!;
    });
  }

  /** Its author takes a comment back while the text is discussed, unless replies or a recommendation rest on it. */
  async delete(caller: Caller, id: string): Promise<void> {
    await this.tx.run(async () => {
      const { comment, strategy, replies } = await this.locked(caller, id);
      enforce(decide(caller, 'delete', resource(comment, strategy, replies)), 'The comment');
      await this.comments.delete(id);
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'comment.deleted',
        entityType: 'comment',
        entityId: id,
        data: { sectionId: comment.sectionId },
      });
    });
  }

  /** Open threads per section, for the sections' summaries. */
  openThreads(sectionIds: readonly string[]): Promise<Map<string, number>> {
    return this.comments.openThreads(sectionIds);
  }

  /** The organisations that commented on any of these sections (participation figures). */
  async organisationsThatCommented(sectionIds: readonly string[]): Promise<Set<string>> {
    return new Set(await this.comments.organisationsOn(sectionIds));
  }

  findMany(ids: readonly string[]): Promise<CommentRecord[]> {
    return this.comments.findMany(ids);
  }

  /** Comments as recommendations cite them: three queries for any number. */
  async cited(ids: readonly string[]): Promise<Map<string, CitedComment>> {
    const rows = await this.comments.findMany(ids);
    const [people, organisations] = await Promise.all([
      this.users.names(rows.map((c) => c.authorId)),
      this.organisations.names(rows.flatMap((c) => (c.organisationId ? [c.organisationId] : []))),
    ]);
    return new Map(
      rows.map((c) => [
        c.id,
        {
          id: c.id,
          sectionId: c.sectionId,
          body: c.body,
          authorName: people.get(c.authorId)?.name ?? '',
          organisationName: c.organisationId ? (organisations.get(c.organisationId)?.name ?? null) : null,
        },
      ]),
    );
  }

  /** Recommendations mark the comments they rest on, so that those stay as written. */
  async setCited(ids: readonly string[], cited: boolean): Promise<void> {
    await this.comments.setCited(ids, cited);
  }

  /** The comment with its strategy and section locked (in that order), and how many replies it has. */
  private async locked(caller: Caller, id: string) {
    const known = await this.comments.find(id);
    if (!known) throw AppError.notFound('The comment');
    const { section, strategy } = await this.sections.lockedFor(caller, known.sectionId, 'read', 'The comment');
    const comment = await this.comments.lock(id);
    if (!comment) throw AppError.notFound('The comment');
    const replies = (await this.comments.replyCounts([id])).get(id) ?? 0;
    return { comment, strategy, body: section.body, replies };
  }

  private async views(
    caller: Caller,
    rows: CommentRecord[],
    strategy: StrategyRecord,
    currentBody: string,
    knownReplies?: Map<string, number>,
  ): Promise<Comment[]> {
    const [people, organisations, replies] = await Promise.all([
      this.users.names(rows.map((c) => c.authorId)),
      this.organisations.names(rows.flatMap((c) => (c.organisationId ? [c.organisationId] : []))),
      knownReplies ?? this.comments.replyCounts(rows.map((c) => c.id)),
    ]);
    return rows.map((c) => ({
      id: c.id,
      sectionId: c.sectionId,
      body: c.body,
      parentId: c.parentId,
      anchor: c.anchor,
      outdated: c.anchor !== null && locateQuote(c.anchor, currentBody) === -1,
      revision: c.revision,
      status: c.status,
      authorId: c.authorId,
      authorName: people.get(c.authorId)?.name ?? '',
      organisationName: c.organisationId ? (organisations.get(c.organisationId)?.name ?? null) : null,
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      can: actionsOpen(caller, resource(c, strategy, replies.get(c.id) ?? 0)),
    }));
  }
}
