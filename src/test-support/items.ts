// Valid input for challenges and solutions, to vary one field at a time in tests.
export function challengeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Videogesprekken tegen eenzaamheid in het woonzorgcentrum',
    description:
      'Onze bewoners voelen zich eenzaam. We zoeken een eenvoudige manier om met familie te videobellen op een tablet.',
    sectors: ['care'],
    spearheads: [5, 9],
    region: 'BE23',
    language: 'nl',
    urgency: 'high',
    durationMonths: 6,
    desiredKinds: ['app'],
    classification: 'public',
    ...overrides,
  };
}

export function solutionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Beeldbellen voor zorg voor ouderen',
    description:
      'Een tablet-app met grote knoppen waarmee bewoners van een woonzorgcentrum met één aanraking hun familie bellen.',
    kind: 'app',
    technologies: ['tablet', 'videobellen'],
    sectors: ['care'],
    spearheads: [5],
    trl: 9,
    pricing: 'paid',
    regionsServed: ['BE2'],
    languages: ['nl', 'fr'],
    language: 'nl',
    references: 'Drie woonzorgcentra',
    classification: 'public',
    ...overrides,
  };
}
