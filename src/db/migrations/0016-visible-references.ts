// Notices keep references to items instead of their titles, so each reader sees a title only if
// the visibility rule lets them read the item when the notice is shown or sent; match events record
// for which side their actor acted, so the other side sees no names before both accepted; and the
// engine's suggestions are the platform's, not those of whoever happened to open the page.
export const visibleReferences: string[] = [
  `ALTER TABLE match_events ADD COLUMN actor_side text CHECK (actor_side IN ('challenge', 'solution', 'curator'))`,
  `UPDATE match_events SET actor_id = NULL WHERE action = 'engine'`,
  `UPDATE matches SET created_by = NULL WHERE origin = 'engine'`,
  `UPDATE match_events SET actor_side = 'challenge' WHERE action = 'request'`,
  `UPDATE match_events SET actor_side = 'solution' WHERE action = 'application'`,
  `UPDATE match_events SET actor_side = 'curator' WHERE action IN ('ambassador', 'introduced', 'pilot', 'deployed', 'moved')`,
  `UPDATE match_events e SET actor_side = CASE
     WHEN EXISTS (SELECT 1 FROM matches m JOIN challenges c ON c.id = m.challenge_id JOIN memberships ms ON ms.organisation_id = c.owner_organisation_id
                  WHERE m.id = e.match_id AND ms.person_id = e.actor_id) THEN 'challenge'
     WHEN EXISTS (SELECT 1 FROM matches m JOIN solutions s ON s.id = m.solution_id JOIN memberships ms ON ms.organisation_id = s.provider_organisation_id
                  WHERE m.id = e.match_id AND ms.person_id = e.actor_id) THEN 'solution'
     ELSE 'curator' END
   WHERE e.action IN ('accepted_by_one_side', 'accepted', 'declined') AND e.actor_id IS NOT NULL`,
  `UPDATE notifications SET params = (params - 'challenge' - 'solution')
     || jsonb_build_object('challengeId', split_part(params->>'pair', ':', 1), 'solutionId', split_part(params->>'pair', ':', 2))
   WHERE kind = 'strong_match' AND params ? 'pair'`,
  `UPDATE notifications n SET params = (n.params - 'challenge' - 'solution')
     || jsonb_build_object('challengeId', m.challenge_id::text, 'solutionId', m.solution_id::text)
   FROM matches m WHERE n.kind IN ('match_step', 'reminder_waiting') AND n.link = '/matches/' || m.id::text`,
  // A notice whose match is gone names nothing any more.
  `UPDATE notifications SET params = (params - 'challenge' - 'solution') || jsonb_build_object('challengeId', '', 'solutionId', '')
   WHERE kind IN ('match_step', 'reminder_waiting', 'strong_match') AND NOT params ? 'challengeId'`,
  `UPDATE notifications SET params = (params - 'title')
     || jsonb_build_object('itemKind', CASE WHEN link LIKE '/challenges/%' THEN 'challenge' ELSE 'solution' END)
   WHERE kind = 'followed_item'`,
  `UPDATE notifications SET params = (params - 'title') || jsonb_build_object('item', substr(link, 13), 'itemKind', 'challenge')
   WHERE kind = 'reminder_expiring' AND link LIKE '/challenges/%'`,
  `UPDATE notifications SET params = (params - 'title') || jsonb_build_object('item', substr(link, 12), 'itemKind', 'solution')
   WHERE kind = 'reminder_stale' AND link LIKE '/solutions/%'`,
];
