import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { CreateApprovalRequest, SectionApprovals } from '@belong/contracts';
import { summariseApprovals, takesFeedback } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { AuditService } from '../audit/audit.service';
import { SectionsService } from '../sections/sections.service';
import { ApprovalEntity } from './approval.entity';

@Injectable()
export class ApprovalsService {
  constructor(
    @InjectRepository(ApprovalEntity) private readonly approvals: Repository<ApprovalEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly sections: SectionsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A signatory decides for their organisation on the section's current revision; a new decision by the same
   * organisation on the same revision replaces the earlier one.
   */
  async decide(caller: AuthUser, sectionId: string, input: CreateApprovalRequest): Promise<SectionApprovals> {
    const { section, strategy } = await this.sections.visible(caller, sectionId);
    const membership = caller.memberships.find((m) => m.regionId === strategy.regionId);
    if (!membership || membership.role !== 'stakeholder' || !membership.signatory || !membership.organisationId) {
      throw new AppError('FORBIDDEN', 'Only a signatory of an organisation approves on its behalf');
    }
    if (!takesFeedback(strategy.status))
      throw new AppError(
        'FEEDBACK_CLOSED',
        `The strategy is ${strategy.status}: approvals are taken during the consultation and consolidation`,
      );
    const organisationId = membership.organisationId;
    await this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO approvals (section_id, organisation_id, revision, decision, note, user_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (section_id, organisation_id, revision)
         DO UPDATE SET decision = EXCLUDED.decision, note = EXCLUDED.note, user_id = EXCLUDED.user_id, created_at = now()`,
        [sectionId, organisationId, section.revision, input.decision, input.note ?? null, caller.userId],
      );
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: input.decision === 'approve' ? 'section.approved' : 'section.changes_requested',
        entityType: 'section',
        entityId: sectionId,
        data: { organisationId, revision: section.revision },
      });
    });
    return this.list(caller, sectionId);
  }

  /** Every decision on record, newest first; those on earlier revisions are marked stale. */
  async list(caller: AuthUser, sectionId: string): Promise<SectionApprovals> {
    const { section, strategy } = await this.sections.visible(caller, sectionId);
    const rows = await this.approvals.find({
      where: { sectionId },
      relations: { organisation: true, user: true },
      order: { createdAt: 'DESC' },
    });
    const summary = summariseApprovals(
      strategy.approvalRule,
      rows.map((r) => ({
        organisationId: r.organisationId,
        organisationType: r.organisation!.type,
        decision: r.decision,
        revision: r.revision,
        at: r.createdAt,
      })),
      section.revision,
    );
    return {
      revision: section.revision,
      ...summary,
      items: rows.map((r) => ({
        organisationId: r.organisationId,
        organisationName: r.organisation?.name ?? '',
        organisationType: r.organisation!.type,
        decision: r.decision,
        note: r.note,
        userId: r.userId,
        userName: r.user?.name ?? '',
        revision: r.revision,
        stale: r.revision < section.revision,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  }
}
