import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  createMemberRequest,
  listOf,
  listQuery,
  member,
  memberParams,
  regionParams,
  type CreateMemberRequest,
  type ListQuery,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { MembersService } from './members.service';

@Controller('regions/:regionId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @Doc({
    summary: "The region's members with their roles (administrators, coordinators)",
    response: listOf(member),
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  })
  list(@CurrentUser() caller: AuthUser, @ValidParams(regionParams) params: { regionId: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.members.list(caller, params.regionId, query);
  }

  @Post()
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary: 'Add a person to the region with a role (administrators, coordinators)',
    response: member,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'ALREADY_MEMBER'],
  })
  add(
    @CurrentUser() caller: AuthUser,
    @ValidParams(regionParams) params: { regionId: string },
    @ValidBody(createMemberRequest) body: CreateMemberRequest,
  ) {
    return this.members.add(caller, params.regionId, body);
  }

  @Delete(':userId')
  @HttpCode(204)
  @Doc({ summary: 'Remove a person from the region (administrators, coordinators)', errors: ['FORBIDDEN', 'NOT_FOUND'] })
  remove(@CurrentUser() caller: AuthUser, @ValidParams(memberParams) params: { regionId: string; userId: string }): Promise<void> {
    return this.members.remove(caller, params.regionId, params.userId);
  }
}
