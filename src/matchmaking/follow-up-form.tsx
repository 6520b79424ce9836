// "How did it go?" under a participant's agenda: for each held meeting, what they said, or a form with the
// challenge and solution pairs a next step can make a match of and two buttons. Works without JavaScript.
import type { PageContext } from '../web/context.ts';
import { CsrfField, ErrorSummary, type FormState } from '../web/forms.tsx';
import { FOLLOW_UPS, type MatchPair } from './follow-up-schemas.ts';
import type { Agenda } from './schemas.ts';

type AgendaMeeting = Agenda['meetings'][number];

/** A form sent back with a problem: which meeting's form it was. */
export interface FollowUpForm {
  requestId: string;
  form: FormState;
}

const pairValue = (pair: MatchPair) => `${pair.challengeId}:${pair.solutionId}`;

function Pairs(props: { context: PageContext; meeting: AgendaMeeting; failed: FormState | null }) {
  const { context, meeting, failed } = props;
  const { t } = context;
  const { pairs } = meeting.followUp;
  if (pairs.length === 0) return <p>{t.t('matchmaking.follow_up_no_pairs')}</p>;
  const problem = failed?.problems.find((p) => p.field === 'pair');
  const chosen = failed?.values.pair;
  return (
    <fieldset
      id={failed ? 'pair' : `pair-${meeting.requestId}`}
      class={problem ? 'field has-error' : 'field'}
      aria-describedby={problem ? `pair-${meeting.requestId}-error` : undefined}
    >
      <legend>{t.t('matchmaking.follow_up_pair')}</legend>
      {problem && (
        <p class="field-error" id={`pair-${meeting.requestId}-error`}>
          {t.t(problem.message, problem.params)}
        </p>
      )}
      {pairs.map((pair, index) => (
        <label class="checkbox" key={pairValue(pair)}>
          <input
            type="radio"
            name="pair"
            value={pairValue(pair)}
            checked={chosen ? chosen === pairValue(pair) : pairs.length === 1 && index === 0}
          />{' '}
          {t.t('matchmaking.follow_up_pair_option', { challenge: pair.challengeTitle, solution: pair.solutionTitle })}
        </label>
      ))}
    </fieldset>
  );
}

function MeetingFollowUp(props: {
  context: PageContext;
  eventId: string;
  meeting: AgendaMeeting;
  failed: FormState | null;
}) {
  const { context, eventId, meeting, failed } = props;
  const { t } = context;
  const { followUp } = meeting;
  return (
    <li>
      <h3>{meeting.with}</h3>
      {followUp.outcome && (
        <p>
          {t.t('matchmaking.follow_up_recorded', { outcome: t.t(`matchmaking.follow_up.${followUp.outcome}`) })}
          {followUp.matchId && (
            <>
              {' '}
              <a href={`/matches/${followUp.matchId}`}>{t.t('matchmaking.follow_up_match')}</a>
            </>
          )}
        </p>
      )}
      {followUp.mayRecord && (
        <form method="post" action={`/events/${eventId}/agenda/${meeting.requestId}/follow-up`}>
          <CsrfField token={context.csrfToken} />
          <Pairs context={context} meeting={meeting} failed={failed} />
          <p class="hint">{t.t('matchmaking.follow_up_consent')}</p>
          <div class="item-actions">
            {FOLLOW_UPS.map((outcome) => (
              <button
                type="submit"
                name="outcome"
                value={outcome}
                class={outcome === 'not_a_fit' ? 'secondary' : undefined}
              >
                {t.t(`matchmaking.follow_up.${outcome}`)}
              </button>
            ))}
          </div>
        </form>
      )}
    </li>
  );
}

export function FollowUps(props: { context: PageContext; agenda: Agenda; failed?: FollowUpForm }) {
  const { context, agenda, failed } = props;
  const { t } = context;
  const meetings = agenda.meetings.filter((m) => m.followUp.mayRecord || m.followUp.outcome);
  if (meetings.length === 0) return null;
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t.t('matchmaking.follow_up_heading')}</h2>
      {failed && <ErrorSummary form={failed.form} t={t} labels={{ pair: t.t('matchmaking.follow_up_pair') }} />}
      <ul class="requests">
        {meetings.map((meeting) => (
          <MeetingFollowUp
            context={context}
            eventId={agenda.event.id}
            meeting={meeting}
            failed={failed?.requestId === meeting.requestId ? failed.form : null}
          />
        ))}
      </ul>
    </section>
  );
}
