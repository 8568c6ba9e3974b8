import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { createUserRequest, user, userLookupQuery, type CreateUserRequest } from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidQuery } from '../../infra/http/validation';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @HttpCode(201)
  @Idempotent()
  @Doc({ summary: 'Create an account (administrators)', response: user, status: 201, errors: ['FORBIDDEN', 'EMAIL_TAKEN'] })
  create(@CurrentUser() caller: AuthUser, @ValidBody(createUserRequest) body: CreateUserRequest) {
    return this.users.create(caller, body);
  }

  @Get('lookup')
  @Doc({
    summary: 'Find an account by its exact email address (administrators, coordinators)',
    response: user.pick({ id: true, name: true, email: true }),
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  })
  lookup(@CurrentUser() caller: AuthUser, @ValidQuery(userLookupQuery) query: { email: string }) {
    return this.users.lookup(caller, query.email);
  }
}
