import { OrganizationEntity, OrganizationMembershipEntity } from '@condivisa/db';
import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Ctx } from '../common/current-user.decorator';
import { SignedInGuard } from '../common/signed-in.guard';
import type { RequestContext } from '../common/request-context';
import { toOrganization } from '../organizations/organization.mapper';
import { AuthService } from './auth.service';
import { InviteUserInput } from './invite-user.input';
import { SESSION_COOKIE, SessionService } from './session.service';
import { Invitation } from './invitation.model';
import { OrganizationMembership } from './organization-membership.model';
import { User } from './user.model';
import { toUser } from './user.mapper';

@ArgsType()
class EmailArgs {
  @Field(() => String)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Indirizzo e-mail non valido' })
  @MaxLength(254)
  email!: string;
}

@ArgsType()
class LoginArgs extends EmailArgs {
  @Field(() => String)
  @MaxLength(256, { message: 'Password troppo lunga' })
  password!: string;
}

@ArgsType()
class TokenPasswordArgs {
  @Field(() => String)
  @MaxLength(100)
  token!: string;

  @Field(() => String)
  @MaxLength(256, { message: 'Password troppo lunga' })
  password!: string;
}


@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => User, { nullable: true, description: 'La persona collegata, o null' })
  me(@Ctx() ctx: RequestContext): User | null {
    return ctx.user ? toUser(ctx.user) : null;
  }

  @Mutation(() => User, { description: 'Accede e imposta il cookie di sessione' })
  async login(@Args() args: LoginArgs, @Ctx() ctx: RequestContext): Promise<User> {
    const session = await this.auth.login(args.email, args.password, ctx.ip, ctx.req?.get('user-agent') ?? null);
    this.sessions.setCookie(ctx.res, session.token, session.expiresAt);
    return toUser(session.user);
  }

  @Mutation(() => Boolean, { description: 'Esce e cancella la sessione' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.sessions.destroy(ctx.req?.cookies?.[SESSION_COOKIE] as string | undefined);
    this.sessions.clearCookie(ctx.res);
    return true;
  }

  @Mutation(() => Invitation, { description: 'Invita una persona in un ente (solo amministratori)' })
  @UseGuards(SignedInGuard)
  async inviteUser(@Args('input') input: InviteUserInput, @Ctx() ctx: RequestContext): Promise<Invitation> {
    const { user, expiresAt } = await this.auth.invite(ctx.user!, input);
    return { email: user.email, expiresAt, user: toUser(user) };
  }

  @Mutation(() => User, { description: "Attiva l'account da un invito, sceglie la password e accede" })
  async acceptInvitation(@Args() args: TokenPasswordArgs, @Ctx() ctx: RequestContext): Promise<User> {
    const session = await this.auth.acceptInvitation(args.token, args.password, ctx.req?.get('user-agent') ?? null);
    this.sessions.setCookie(ctx.res, session.token, session.expiresAt);
    return toUser(session.user);
  }

  @Mutation(() => Boolean, { description: 'Invia un link per reimpostare la password; risponde sempre true' })
  async requestPasswordReset(@Args() args: EmailArgs): Promise<boolean> {
    await this.auth.requestPasswordReset(args.email);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Imposta una nuova password da un link e chiude tutte le sessioni' })
  async resetPassword(@Args() args: TokenPasswordArgs): Promise<boolean> {
    await this.auth.resetPassword(args.token, args.password);
    return true;
  }

  @ResolveField(() => [OrganizationMembership])
  async memberships(@Parent() user: User): Promise<OrganizationMembership[]> {
    const rows = await this.db.getRepository(OrganizationMembershipEntity).find({
      where: { userId: user.id },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => ({ organization: toOrganization(r.organization as OrganizationEntity), position: r.position }));
  }
}
