import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { Comment, CommentListQuery, CreateCommentRequest, List, UpdateCommentRequest } from '@belong/contracts';
import { locateQuote, roleIn, takesFeedback } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { mapList, paginate } from '../../infra/http/pagination';
import { AuditService } from '../audit/audit.service';
import { SectionsService } from '../sections/sections.service';
import { isCoordinator } from '../strategies/strategy-access.service';
import { CommentEntity } from './comment.entity';

function toComment(c: CommentEntity, currentBody: string): Comment {
  return {
    id: c.id,
    sectionId: c.sectionId,
    body: c.body,
    parentId: c.parentId,
    anchor: c.anchor,
    outdated: c.anchor !== null && locateQuote(c.anchor, currentBody) === -1,
    revision: c.revision,
    status: c.status,
    authorId: c.authorId,
    authorName: c.author?.name ?? '',
    organisationName: c.organisation?.name ?? null,
    createdAt: c.createdAt.toISOString(),
  };
}

@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly sections: SectionsService,
    private readonly audit: AuditService,
  ) {}

  /** Oldest first, a page at a time; whether each anchor still holds is decided against the current text. */
  async list(caller: AuthUser, sectionId: string, query: CommentListQuery): Promise<List<Comment>> {
    const { section } = await this.sections.visible(caller, sectionId);
    const qb = this.comments
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.author', 'author')
      .leftJoinAndSelect('c.organisation', 'organisation')
      .where('c.sectionId = :sectionId', { sectionId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    return mapList(await paginate(qb, 'c', query), (c) => toComment(c, section.body));
  }

  async create(caller: AuthUser, sectionId: string, input: CreateCommentRequest): Promise<Comment> {
    const { section, strategy } = await this.sections.visible(caller, sectionId);
    const role = roleIn(caller, strategy.regionId);
    if (!caller.isAdmin && (role === null || role === 'observer')) throw new AppError('FORBIDDEN', 'Observers read but do not comment');
    if (!takesFeedback(strategy.status))
      throw new AppError(
        'FEEDBACK_CLOSED',
        `The strategy is ${strategy.status}: comments are taken during the consultation and consolidation`,
      );
    if (input.anchor && locateQuote(input.anchor, section.body) === -1)
      throw AppError.invalid('body.anchor.exact', "The quoted words are not in the section's current text");
    const organisationId = caller.memberships.find((m) => m.regionId === strategy.regionId)?.organisationId ?? null;
    const id = await this.db.transaction(async (manager) => {
      if (input.parentId && !(await manager.exists(CommentEntity, { where: { id: input.parentId, sectionId } }))) {
        throw AppError.invalid('body.parentId', 'No comment of this section has this id');
      }
      const saved = await manager.save(
        manager.create(CommentEntity, {
          sectionId,
          parentId: input.parentId ?? null,
          body: input.body,
          anchor: input.anchor ?? null,
          revision: section.revision,
          status: 'open',
          authorId: caller.userId,
          organisationId,
        }),
      );
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'comment.created',
        entityType: 'comment',
        entityId: saved.id,
        data: { sectionId, parentId: saved.parentId, anchored: saved.anchor !== null },
      });
      return saved.id;
    });
    return this.load(id, section.body);
  }

  /** Resolving or reopening: the region's coordinators, or the comment's author. */
  async update(caller: AuthUser, id: string, input: UpdateCommentRequest): Promise<Comment> {
    const comment = await this.comments.findOne({ where: { id } });
    if (!comment) throw AppError.notFound('The comment');
    const { section, strategy } = await this.sections.visible(caller, comment.sectionId).catch(() => {
      throw AppError.notFound('The comment');
    });
    if (comment.authorId !== caller.userId && !isCoordinator(caller, strategy.regionId)) {
      throw new AppError('FORBIDDEN', 'Only its author or a coordinator resolves a comment');
    }
    await this.db.transaction(async (manager) => {
      await manager.update(CommentEntity, { id }, { status: input.status });
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: `comment.${input.status === 'resolved' ? 'resolved' : 'reopened'}`,
        entityType: 'comment',
        entityId: id,
      });
    });
    return this.load(id, section.body);
  }

  private async load(id: string, currentBody: string): Promise<Comment> {
    const comment = await this.comments.findOneOrFail({ where: { id }, relations: { author: true, organisation: true } });
    return toComment(comment, currentBody);
  }
}
