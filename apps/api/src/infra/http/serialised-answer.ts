import { createHash } from 'node:crypto';

/**
 * An answer written as JSON once, with its weak ETag (a digest of those bytes): what AnswerETag sends, and what
 * AnswerCache keeps.
 */
export class SerialisedAnswer {
  private constructor(
    readonly json: string,
    readonly tag: string,
  ) {}

  static of(body: unknown): SerialisedAnswer {
    const json = JSON.stringify(body);
    return new SerialisedAnswer(json, `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`);
  }
}
