// Refusals of the account-security rules, with stable ids for API clients.
import { AppError } from '../shared/errors.ts';

export const securityErrors = {
  accountLocked: () => new AppError('account_locked', 423, 'account.locked'),
  invalidSecondFactor: () => new AppError('invalid_second_factor', 400, 'second_factor.code_invalid'),
  oidcFailed: () => new AppError('oidc_failed', 400, 'oidc.failed'),
  oidcNoEmail: () => new AppError('oidc_no_verified_email', 400, 'oidc.no_verified_email'),
  oidcOtherSubject: () => new AppError('oidc_other_account', 409, 'oidc.other_account'),
};
