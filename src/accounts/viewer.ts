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
}

export function isAmbassador(viewer: Viewer | null): boolean {
  return viewer?.role === 'ambassador' || viewer?.role === 'admin';
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.role === 'admin';
}
