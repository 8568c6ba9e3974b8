import { Injectable } from '@nestjs/common';
import type { Proposal } from '@belong/contracts';
import { actionsOpen, type Caller, type ProposalResource } from '@belong/domain';
import { OrganisationsService } from '../organisations/organisations.service';
import { SectionsService } from '../sections/sections.service';
import { UsersService } from '../users/users.service';
import { ProposalsRepository, type EndorsementRecord, type ProposalRecord } from './proposals.repository';

export function proposalResource(p: ProposalRecord, endorsements: readonly EndorsementRecord[]): ProposalResource {
  return {
    type: 'proposal',
    regionId: p.regionId,
    status: p.status,
    authorId: p.authorId,
    organisationId: p.organisationId,
    endorsedBy: endorsements.filter((e) => e.proposalId === p.id).map((e) => e.organisationId),
  };
}

/** Proposals as the API shows them: five queries for a page of any size. */
@Injectable()
export class ProposalViews {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly sections: SectionsService,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
  ) {}

  async of(caller: Caller, rows: ProposalRecord[]): Promise<Proposal[]> {
    if (rows.length === 0) return [];
    const endorsements = await this.proposals.endorsementsOf(rows.map((p) => p.id));
    const [sections, people, organisations] = await Promise.all([
      this.sections.findMany(rows.flatMap((p) => (p.sectionId ? [p.sectionId] : []))),
      this.users.names(rows.map((p) => p.authorId)),
      this.organisations.names([
        ...rows.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
        ...endorsements.map((e) => e.organisationId),
      ]),
    ]);
    const revisionOf = new Map(sections.map((s) => [s.id, s.revision]));
    return rows.map((p) => {
      const current = p.sectionId ? revisionOf.get(p.sectionId) : undefined;
      const resource = proposalResource(p, endorsements);
      return {
        id: p.id,
        regionId: p.regionId,
        strategyId: p.strategyId,
        sectionId: p.sectionId,
        organisationId: p.organisationId,
        organisationName: p.organisationId ? (organisations.get(p.organisationId)?.name ?? null) : null,
        authorId: p.authorId,
        authorName: people.get(p.authorId)?.name ?? '',
        title: p.title,
        problem: p.problem,
        proposal: p.proposal,
        suggestedText: p.suggestedText,
        expectedImpact: p.expectedImpact,
        targetGroups: p.targetGroups,
        status: p.status,
        answer: p.answer,
        revision: p.revision,
        endorsements: resource.endorsedBy.length,
        endorsedBy: resource.endorsedBy.map((organisationId) => ({
          organisationId,
          organisationName: organisations.get(organisationId)?.name ?? '',
        })),
        basedOnRevision: p.basedOnRevision,
        stale: p.appliedRevision === null && p.basedOnRevision !== null && current !== undefined && current > p.basedOnRevision,
        appliedRevision: p.appliedRevision,
        createdAt: p.createdAt.toISOString(),
        updatedAt: p.updatedAt.toISOString(),
        can: actionsOpen(caller, resource),
      };
    });
  }
}
