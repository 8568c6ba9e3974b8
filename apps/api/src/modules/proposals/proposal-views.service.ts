import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Proposal } from '@belong/contracts';
import { SectionEntity } from '../sections/section.entity';
import { EndorsementEntity } from './endorsement.entity';
import type { ProposalEntity } from './proposal.entity';

/** Proposals as the API shows them: two queries for a page of any size (endorsement counts, section revisions). */
@Injectable()
export class ProposalViews {
  constructor(
    @InjectRepository(EndorsementEntity) private readonly endorsements: Repository<EndorsementEntity>,
    @InjectRepository(SectionEntity) private readonly sections: Repository<SectionEntity>,
  ) {}

  async of(proposals: ProposalEntity[]): Promise<Proposal[]> {
    if (proposals.length === 0) return [];
    const sectionIds = [...new Set(proposals.map((p) => p.sectionId).filter((id): id is string => id !== null))];
    const [counts, sections] = await Promise.all([
      this.endorsements
        .createQueryBuilder('e')
        .select('e.proposalId', 'proposalId')
        .addSelect('count(*)::int', 'n')
        .where({ proposalId: In(proposals.map((p) => p.id)) })
        .groupBy('e.proposalId')
        .getRawMany<{ proposalId: string; n: number }>(),
      sectionIds.length ? this.sections.find({ select: { id: true, revision: true }, where: { id: In(sectionIds) } }) : Promise.resolve([]),
    ]);
    const endorsementsOf = new Map(counts.map((c) => [c.proposalId, c.n]));
    const revisionOf = new Map(sections.map((s) => [s.id, s.revision]));
    return proposals.map((p) => {
      const current = p.sectionId ? revisionOf.get(p.sectionId) : undefined;
      return {
        id: p.id,
        regionId: p.regionId,
        strategyId: p.strategyId,
        sectionId: p.sectionId,
        organisationId: p.organisationId,
        organisationName: p.organisation?.name ?? null,
        authorId: p.authorId,
        authorName: p.author?.name ?? '',
        title: p.title,
        problem: p.problem,
        proposal: p.proposal,
        suggestedText: p.suggestedText,
        expectedImpact: p.expectedImpact,
        targetGroups: p.targetGroups,
        status: p.status,
        answer: p.answer,
        revision: p.revision,
        endorsements: endorsementsOf.get(p.id) ?? 0,
        basedOnRevision: p.basedOnRevision,
        stale: p.appliedRevision === null && p.basedOnRevision !== null && current !== undefined && current > p.basedOnRevision,
        appliedRevision: p.appliedRevision,
        createdAt: p.createdAt.toISOString(),
        updatedAt: p.updatedAt.toISOString(),
      };
    });
  }
}
