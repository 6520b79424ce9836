// What a challenge's pages have of their own: the horizon and urgency fields, the region, the kinds of
// solution it looks for.
import { CheckboxGroup, SelectField, TextField } from '../web/forms.tsx';
import { numberBounds } from '../shared/validation.ts';
import { CONTENT_LANGUAGES, REGIONS, SECTORS, SOLUTION_KINDS, SPEARHEADS, URGENCIES } from '../taxonomy/taxonomy.ts';
import { formToInput } from '../shared/validation.ts';
import {
  Challenge,
  ChallengeInput,
  ChallengeList,
  ChallengeListQuery,
  ChallengeUpdate,
} from '../challenges/schemas.ts';
import { presentChallenge } from '../challenges/presenter.ts';
import { challengeContent } from '../challenges/content.ts';
import { belgianToday, horizonProblems } from '../challenges/horizon.ts';
import { Fact, labelList, labelOf } from './components.tsx';
import type { KindPages } from './kind-pages.ts';
import type { Translator } from '../i18n/translator.ts';
import { isAmbassador, type Viewer } from '../shared/viewer.ts';
import { OPEN_STATUSES } from '../items/lifecycle.ts';

const ARRAY_FIELDS = ['sectors', 'spearheads', 'desiredKinds'] as const;

/** The open calls on a published challenge, and for its organisation and ambassadors the way to draft one. */
function CallsFact({ t, viewer, challenge }: { t: Translator; viewer: Viewer | null; challenge: Challenge }) {
  if (!OPEN_STATUSES.challenge.includes(challenge.status)) return null;
  const mayDraft = viewer?.organisationIds.includes(challenge.organisation.id) || isAmbassador(viewer);
  return (
    <Fact label={t.t('calls.title')}>
      <a href={`/calls?challenge=${challenge.id}`}>{t.t('calls.on_challenge')}</a>
      {mayDraft && (
        <>
          {' · '}
          <a href={`/calls/new?challenge=${challenge.id}`}>{t.t('calls.new_on_challenge')}</a>
        </>
      )}
    </Fact>
  );
}

export const challengePages: KindPages<'challenge', Challenge> = {
  content: challengeContent as KindPages<'challenge', Challenge>['content'],
  schemas: {
    Item: Challenge,
    Input: ChallengeInput,
    Update: ChallengeUpdate,
    List: ChallengeList,
    ListQuery: ChallengeListQuery,
  },
  present: presentChallenge,
  formInput: (body) => formToInput(body, ARRAY_FIELDS),
  newValues: (locale) => ({ language: locale, classification: 'public', region: 'BE2', urgency: 'medium' }),
  formValues: (challenge) => ({
    ...challenge,
    durationMonths: challenge.durationMonths ?? undefined,
    deadline: challenge.deadline ?? undefined,
  }),
  rules: (now, before) => (input) =>
    horizonProblems(input.deadline, input.durationMonths, belgianToday(now), before?.deadline),
  fieldLabels: ({ t }) => ({
    sectors: t.t('field.sectors'),
    spearheads: t.t('field.spearheads'),
    region: t.t('field.region'),
    language: t.t('field.language'),
    urgency: t.t('field.urgency'),
    deadline: t.t('field.deadline'),
    durationMonths: t.t('field.duration_months'),
    desiredKinds: t.t('field.desired_kinds'),
  }),
  Fields: ({ context: { t }, form, labels }) => {
    const common = { form, t };
    return (
      <>
        <CheckboxGroup {...common} name="sectors" label={labels.sectors!} options={SECTORS} required />
        <CheckboxGroup {...common} name="spearheads" label={labels.spearheads!} options={SPEARHEADS} required />
        <SelectField {...common} name="region" label={labels.region!} options={REGIONS} required />
        <SelectField {...common} name="language" label={labels.language!} options={CONTENT_LANGUAGES} required />
        <SelectField {...common} name="urgency" label={labels.urgency!} options={URGENCIES} required />
        <TextField {...common} name="deadline" type="date" label={labels.deadline!} hint={t.t('field.horizon_hint')} />
        <TextField
          {...common}
          name="durationMonths"
          type="number"
          label={labels.durationMonths!}
          hint={t.t('field.months_between_hint', numberBounds(ChallengeInput.properties.durationMonths))}
        />
        <CheckboxGroup {...common} name="desiredKinds" label={labels.desiredKinds!} options={SOLUTION_KINDS} />
      </>
    );
  },
  Facts: ({ context: { t, viewer }, item: challenge }) => (
    <>
      <Fact label={t.t('field.sectors')}>{labelList(t, SECTORS, challenge.sectors)}</Fact>
      <Fact label={t.t('field.spearheads')}>{labelList(t, SPEARHEADS, challenge.spearheads)}</Fact>
      <Fact label={t.t('field.region')}>{labelOf(t, REGIONS, challenge.region)}</Fact>
      <Fact label={t.t('field.language')}>{labelOf(t, CONTENT_LANGUAGES, challenge.language)}</Fact>
      <Fact label={t.t('field.urgency')}>{labelOf(t, URGENCIES, challenge.urgency)}</Fact>
      {challenge.deadline && <Fact label={t.t('field.deadline')}>{t.date(challenge.deadline)}</Fact>}
      {challenge.durationMonths && (
        <Fact label={t.t('field.duration_months')}>
          {t.t('item.duration_value', { months: challenge.durationMonths })}
        </Fact>
      )}
      <Fact label={t.t('field.desired_kinds')}>{labelList(t, SOLUTION_KINDS, challenge.desiredKinds)}</Fact>
      <CallsFact t={t} viewer={viewer} challenge={challenge} />
    </>
  ),
};
