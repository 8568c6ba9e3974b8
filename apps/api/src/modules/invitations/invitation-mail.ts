import { Injectable } from '@nestjs/common';
import type { Locale } from '@belong/contracts';
import { isUiLanguage } from '@belong/i18n';
import { translator } from '../../infra/i18n/catalogue';
import { MailService } from '../mail/mail.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { RegionsService } from '../regions/regions.service';
import { UsersService } from '../users/users.service';
import type { InvitationRecord } from './invitations.repository';

/**
 * The invitation message: who invites, into which region, as what, until when, and the link. In the
 * invited person's language when they have an account, else in the region's first language.
 */
@Injectable()
export class InvitationMail {
  constructor(
    private readonly mail: MailService,
    private readonly regions: RegionsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  async send(invitation: InvitationRecord, token: string, recipientLocale?: Locale): Promise<void> {
    const [region, organisation, inviter] = await Promise.all([
      this.regions.found(invitation.regionId),
      invitation.organisationId ? this.organisations.inRegion(invitation.regionId, invitation.organisationId) : null,
      invitation.invitedBy ? this.users.find(invitation.invitedBy) : null,
    ]);
    const regionLanguage = region.languages.find(isUiLanguage);
    const { lang, t } = translator(recipientLocale ?? regionLanguage ?? 'en');
    const until = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(invitation.expiresAt);
    const paragraphs = [
      inviter
        ? t('mail.invitation.intro', { inviter: inviter.name, region: region.name })
        : t('mail.invitation.introAnonymous', { region: region.name }),
      t('mail.invitation.role', { role: t(`roles.${invitation.role}`) }),
    ];
    if (organisation) paragraphs.push(t('mail.invitation.organisation', { organisation: organisation.name }));
    if (invitation.signatory) paragraphs.push(t('mail.invitation.signatory'));
    if (invitation.department) paragraphs.push(t('mail.invitation.department', { department: invitation.department }));
    paragraphs.push(t('mail.invitation.expires', { date: until }));
    await this.mail.send({
      to: invitation.email,
      userId: null,
      purpose: 'invitation',
      lang,
      subject: t('mail.invitation.subject', { region: region.name }),
      paragraphs,
      action: { label: t('mail.invitation.action'), url: this.mail.link(`/invitations/${token}`) },
      reason: t('mail.invitation.reason', { region: region.name }),
    });
  }
}
