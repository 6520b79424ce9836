// The operation id and description of every API operation, keyed by method and route. Ids are stable:
// clients generate code from them, so an id changes only with the operation's meaning. A route that
// states its own id or description keeps it (operation-rules.ts). Items and matches: operation-texts-items.ts.
import { ITEM_OPERATION_TEXTS } from './operation-texts-items.ts';

/** Who may call an operation that has no guard: anyone the same way, or anyone with more for a session. */
export type Access = 'anyone' | 'anyoneOrSignedIn';

export interface OperationText {
  operationId: string;
  description?: string;
  /** Only for operations without a guard (src/http/guards.ts) or a security of their own. */
  access?: Access;
  /** Failures beyond the standard ones operation-rules.ts derives from the route. */
  failures?: number[];
}

const ACCOUNT_TEXTS: Record<string, OperationText> = {
  'POST /api/v1/accounts': {
    operationId: 'registerAccount',
    description:
      'Creates a person and either registers their organisation (they become its first member) or asks to join an existing one by its enterprise number, which grants nothing until a member approves. A verification e-mail is sent; the answer holds a session token.',
    access: 'anyone',
    failures: [409],
  },
  'POST /api/v1/sessions': {
    operationId: 'logIn',
    description:
      'Checks the e-mail address and password and starts a session. A wrong password, a locked account and an unknown address get the same answer. For ambassadors, admins and anyone with a second factor the session carries no rights until the code is given (`secondFactorRequired`).',
    access: 'anyone',
    failures: [401],
  },
  'POST /api/v1/sessions/current/second-factor': {
    operationId: 'giveSecondFactor',
    description:
      'Completes the login of a session that waits for its second factor, with a TOTP code or a one-time recovery code.',
  },
  'DELETE /api/v1/sessions/current': {
    operationId: 'logOut',
    description: 'Revokes the session of the token sent; the person’s other sessions stay.',
  },
  'GET /api/v1/me': {
    operationId: 'getCurrentPerson',
    description:
      'The signed-in person: name, e-mail address, role, language, whether the address is confirmed, and their organisations.',
  },
  'POST /api/v1/email-verifications': {
    operationId: 'verifyEmailAddress',
    description: 'Confirms a person’s e-mail address with the single-use token from the verification e-mail.',
    access: 'anyone',
  },
  'POST /api/v1/password-resets': {
    operationId: 'requestPasswordReset',
    description:
      'E-mails a password reset link to the address if it belongs to a person; the answer is the same for any address, so it tells nobody who is registered.',
    access: 'anyone',
  },
  'POST /api/v1/password-resets/confirm': {
    operationId: 'resetPassword',
    description:
      'Sets a new password with the single-use token from the reset e-mail and ends every session of the person.',
    access: 'anyone',
  },
  'DELETE /api/v1/people/:id/second-factor': {
    operationId: 'resetSecondFactor',
    description:
      'For admins: removes a person’s TOTP secret and recovery codes and ends their sessions, so they enrol again at their next login. Audited.',
  },
  'GET /api/v1/me/export': {
    operationId: 'exportPersonalData',
    description:
      'Everything the platform holds about the signed-in person (GDPR right of access), as one JSON document to download.',
  },
  'DELETE /api/v1/me': {
    operationId: 'eraseAccount',
    description:
      'Erases the signed-in person’s account (GDPR right to erasure) after confirming their password: name and e-mail address are removed, what their organisation published stays.',
  },
};

const ORGANISATION_TEXTS: Record<string, OperationText> = {
  'GET /api/v1/organisations/:id': {
    operationId: 'getOrganisation',
    description:
      'The public profile of an organisation: name, kind, SME status, enterprise number, municipality, website and whether it is verified.',
    access: 'anyone',
  },
  'PATCH /api/v1/organisations/:id': {
    operationId: 'changeOrganisation',
    description:
      'Changes an organisation’s profile, by its members or an admin. Only admins change the enterprise number; a change of a verified organisation’s name or website by anyone else asks for verification again.',
  },
  'POST /api/v1/organisations/:id/verify': {
    operationId: 'verifyOrganisation',
    description: 'For admins: marks an organisation as verified after checking who it is. Audited.',
  },
  'GET /api/v1/me/organisations': {
    operationId: 'listMyOrganisations',
    description: 'The organisations the signed-in person is a member of.',
  },
  'GET /api/v1/organisations/:id/members': {
    operationId: 'listMembers',
    description:
      'The members of an organisation and the pending requests to join it, for its members with a confirmed e-mail address, ambassadors and admins.',
  },
  'POST /api/v1/organisations/:id/membership-requests/:personId/decision': {
    operationId: 'decideMembershipRequest',
    description:
      'Approves or refuses a person’s request to join the organisation; the person is told. The answer is the updated member list.',
    failures: [409],
  },
  'DELETE /api/v1/organisations/:id/members/:personId': {
    operationId: 'removeMember',
    description:
      'Removes a member from the organisation, or lets a member leave with their own id; access ends at once. The last member stays unless an admin removes them.',
    failures: [409],
  },
  'GET /api/v1/me/membership-requests': {
    operationId: 'listMyMembershipRequests',
    description: 'The signed-in person’s requests to join organisations that still wait for a decision.',
  },
  'POST /api/v1/me/membership-requests': {
    operationId: 'askToJoinOrganisation',
    description:
      'Asks to join a registered organisation, named by its enterprise number; its members are told and approve or refuse. Grants nothing until then.',
    failures: [409],
  },
};

const NOTIFICATION_TEXTS: Record<string, OperationText> = {
  'GET /api/v1/notifications': {
    operationId: 'listNotifications',
    description:
      'The signed-in person’s notifications, newest first, each titled for them: items and matches they may not read are not named.',
  },
  'POST /api/v1/notifications/:id/read': {
    operationId: 'markNotificationRead',
    description: 'Marks one of the signed-in person’s notifications as read.',
  },
  'POST /api/v1/notifications/read': {
    operationId: 'markAllNotificationsRead',
    description: 'Marks every notification of the signed-in person as read.',
  },
  'GET /api/v1/me/notification-settings': {
    operationId: 'getNotificationSettings',
    description: 'How the signed-in person wants notifications e-mailed: at once, in a daily or weekly digest, or not.',
  },
  'PUT /api/v1/me/notification-settings': {
    operationId: 'setNotificationSettings',
    description: 'Chooses immediate e-mails, a daily or weekly digest, or no e-mail for notifications.',
  },
  'GET /api/v1/follows': {
    operationId: 'listFollows',
    description: 'The challenges, solutions, sectors, spearheads and organisations the signed-in person follows.',
  },
  'POST /api/v1/follows': {
    operationId: 'follow',
    description:
      'Follows a challenge, solution, sector, spearhead or organisation: its news reaches the person as notifications.',
  },
  'DELETE /api/v1/follows': {
    operationId: 'unfollow',
    description: 'Stops following a challenge, solution, sector, spearhead or organisation.',
  },
  'GET /api/v1/saved-searches': {
    operationId: 'listSavedSearches',
    description: 'The catalogue searches the signed-in person saved.',
  },
  'POST /api/v1/saved-searches': {
    operationId: 'saveSearch',
    description:
      'Saves a search of the challenge or solution catalogue; newly published items that fit it are announced to the person.',
  },
  'DELETE /api/v1/saved-searches/:id': {
    operationId: 'deleteSavedSearch',
    description: 'Deletes one of the signed-in person’s saved searches.',
  },
  'GET /api/v1/me/contact-settings': {
    operationId: 'getContactSettings',
    description:
      'Whether the signed-in person accepts applications and introduction requests only from organisations they follow.',
  },
  'PUT /api/v1/me/contact-settings': {
    operationId: 'setContactSettings',
    description:
      'Accepts applications and introduction requests only from organisations the person follows, or from anyone; a member who refuses them refuses for their organisation.',
  },
};

const ADMINISTRATION_TEXTS: Record<string, OperationText> = {
  'GET /api/v1/audit-events': {
    operationId: 'listAuditEvents',
    description:
      'For admins: the append-only audit log, newest first, filtered by action, object, person and period, and paged back by event id.',
  },
  'GET /api/v1/api-keys': {
    operationId: 'listApiKeys',
    description:
      'For admins: every API key issued to a machine client, active and revoked, with its rate limit and last use.',
  },
  'POST /api/v1/api-keys': {
    operationId: 'issueApiKey',
    description:
      'For admins: issues an API key for a machine client with its own rate limit on the public read routes. The key is in this answer only; the platform keeps its hash. Audited.',
  },
  'DELETE /api/v1/api-keys/:id': {
    operationId: 'revokeApiKey',
    description:
      'For admins: revokes an API key from the next request on; it is kept, marked revoked, for the record. Audited.',
  },
  'POST /api/v1/imports': { operationId: 'importSolutions', failures: [415] },
  'GET /api/v1/indicators': {
    operationId: 'getPublicIndicators',
    description:
      'Indicators per month (Brussels time) about publicly classified challenges: challenges posted, matched within 14 days, introductions, pilots, deployments, providers and SMEs among them, and open challenges by age; filtered by sector, spearhead and region. No personal data.',
    access: 'anyone',
  },
  'GET /api/v1/indicators/full': {
    operationId: 'getFullIndicators',
    description:
      'For ambassadors and admins: the indicators over every classification, with an ambassador filter and figures per ambassador.',
  },
};

export const OPERATION_TEXTS: Record<string, OperationText> = {
  ...ACCOUNT_TEXTS,
  ...ORGANISATION_TEXTS,
  ...NOTIFICATION_TEXTS,
  ...ADMINISTRATION_TEXTS,
  ...ITEM_OPERATION_TEXTS,
};
