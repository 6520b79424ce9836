// TOTP secrets are encrypted at rest from here on (src/accounts/secret-box.ts). SQL cannot encrypt
// with the application's key, so confirmed secrets are sealed by the application at start-up; a
// secret whose enrolment was never confirmed is simply dropped, and a new one is made on the next visit.
export const totpEncryption: string[] = [
  `UPDATE people SET totp_secret = NULL WHERE totp_secret IS NOT NULL AND totp_enabled_at IS NULL AND totp_secret NOT LIKE 'v1:%'`,
];
