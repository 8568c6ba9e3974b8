import { Injectable } from '@nestjs/common';
import { SerialisedAnswer } from './serialised-answer';

/** How much answer text an instance keeps, in characters: some 90 answers the size of a 60-section strategy. */
const keptChars = 8_000_000;

/**
 * Answers kept by a key that names everything they were made from (the resource's stamp, who asks, how), so
 * that the same read again is a lookup instead of its queries and its serialisation. The least recently used go
 * first. The key is the caller's to get right: an answer is only as fresh as what its key names.
 */
@Injectable()
export class AnswerCache {
  private readonly kept = new Map<string, SerialisedAnswer>();
  private chars = 0;

  async answer(key: string, make: () => Promise<unknown>): Promise<SerialisedAnswer> {
    const hit = this.kept.get(key);
    if (hit) {
      // Most recently used last: a Map keeps the order things were set in.
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit;
    }
    const made = SerialisedAnswer.of(await make());
    this.keep(key, made);
    return made;
  }

  private keep(key: string, answer: SerialisedAnswer): void {
    if (answer.json.length > keptChars / 4) return;
    // Two callers who missed at once both keep what they made: the second replaces the first.
    const replaced = this.kept.get(key);
    if (replaced) this.chars -= replaced.json.length;
    this.kept.delete(key);
    this.kept.set(key, answer);
    this.chars += answer.json.length;
    for (const [oldest, old] of this.kept) {
      if (this.chars <= keptChars) break;
      this.kept.delete(oldest);
      this.chars -= old.json.length;
    }
  }
}
