import { z } from 'zod';
import { commentAction } from './can';
import { id, listQuery, text, timestamp } from './common';

/** A W3C Web Annotation text quote selector: the words a comment is about, with context to tell repeats apart. */
export const textQuote = z.strictObject({
  exact: z.string().min(1).max(2000),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
});
export type TextQuoteDto = z.infer<typeof textQuote>;

export const commentStatuses = ['open', 'resolved'] as const;
export const commentStatus = z.enum(commentStatuses);
export type CommentStatus = z.infer<typeof commentStatus>;

export const createCommentRequest = z.strictObject({ body: text(10_000), parentId: id.optional(), anchor: textQuote.optional() });
export type CreateCommentRequest = z.infer<typeof createCommentRequest>;

/** Resolve or reopen a thread (its author, coordinators), or reword a comment (its author). */
export const updateCommentRequest = z.strictObject({ status: commentStatus.optional(), body: text(10_000).optional() });
export type UpdateCommentRequest = z.infer<typeof updateCommentRequest>;

export const commentParams = z.strictObject({ id });
export const commentListQuery = listQuery.extend({ status: commentStatus.optional() });
export type CommentListQuery = z.infer<typeof commentListQuery>;

export const comment = z.object({
  id,
  sectionId: id,
  body: z.string(),
  parentId: id.nullable(),
  anchor: textQuote.nullable(),
  /** The quoted words are gone from the current revision; the comment is still shown. */
  outdated: z.boolean(),
  /** The section revision the comment was written on. */
  revision: z.number().int(),
  status: commentStatus,
  authorId: id,
  authorName: z.string(),
  organisationName: z.string().nullable(),
  createdAt: timestamp,
  /** When its author last reworded it, or null. */
  editedAt: timestamp.nullable(),
  can: z.array(commentAction),
});
export type Comment = z.infer<typeof comment>;
