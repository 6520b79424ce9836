// The person making a request, as every permission rule sees them. Null means a visitor.
export type Role = 'member' | 'ambassador' | 'admin';

export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: 'nl' | 'fr' | 'en';
  emailVerified: boolean;
  organisationIds: string[];
  spearheads: number[];
  sessionId: string;
  /** The session still awaits the second factor; such a viewer only reaches the second-factor pages. */
  secondFactorPending?: boolean;
}

export function isAmbassador(viewer: Viewer | null): boolean {
  return viewer?.role === 'ambassador' || viewer?.role === 'admin';
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.role === 'admin';
}

/** Ambassadors and admins must use a second factor; anyone who enrolled one uses it too. */
export function needsSecondFactor(role: Role, totpEnabled: boolean): boolean {
  return role !== 'member' || totpEnabled;
}
