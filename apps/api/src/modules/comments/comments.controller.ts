import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  comment,
  commentListQuery,
  commentParams,
  createCommentRequest,
  listOf,
  sectionParams,
  updateCommentRequest,
  type CommentListQuery,
  type CreateCommentRequest,
  type UpdateCommentRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { CommentsService } from './comments.service';

@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('sections/:id/comments')
  @Doc({ summary: "A section's comments, oldest first", response: listOf(comment), errors: ['NOT_FOUND'] })
  list(
    @CurrentUser() caller: AuthUser,
    @ValidParams(sectionParams) params: { id: string },
    @ValidQuery(commentListQuery) query: CommentListQuery,
  ) {
    return this.comments.list(caller, params.id, query);
  }

  @Post('sections/:id/comments')
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary: 'Comment on a section, optionally on quoted words, or reply (members but observers)',
    response: comment,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'FEEDBACK_CLOSED'],
  })
  create(
    @CurrentUser() caller: AuthUser,
    @ValidParams(sectionParams) params: { id: string },
    @ValidBody(createCommentRequest) body: CreateCommentRequest,
  ) {
    return this.comments.create(caller, params.id, body);
  }

  @Patch('comments/:id')
  @Doc({
    summary: 'Resolve or reopen a comment (coordinators, the author), or reword it (the author, while the text is discussed)',
    response: comment,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'FEEDBACK_CLOSED', 'TEXT_FROZEN'],
  })
  update(
    @CurrentUser() caller: AuthUser,
    @ValidParams(commentParams) params: { id: string },
    @ValidBody(updateCommentRequest) body: UpdateCommentRequest,
  ) {
    return this.comments.update(caller, params.id, body);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  @Doc({
    summary: 'Take a comment back (its author, while the text is discussed, unless replies or a recommendation rest on it)',
    errors: ['FORBIDDEN', 'NOT_FOUND', 'FEEDBACK_CLOSED', 'COMMENT_IN_USE'],
  })
  delete(@CurrentUser() caller: AuthUser, @ValidParams(commentParams) params: { id: string }): Promise<void> {
    return this.comments.delete(caller, params.id);
  }
}
