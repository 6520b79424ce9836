// Which shared words explain a match to a person. Stop words are dropped when texts are analysed, but
// general words (large, new, make, see, good …) and the platform's own vocabulary (solution, challenge,
// digital) are shared by nearly every pair: they still count for the score, yet say nothing as a reason.
import { KNOWN_LANGUAGES, foldDiacritics, isStopWord, normalise } from './text.ts';

const GENERAL_WORDS = new Set(
  `
  groot grote groter grootste klein kleine nieuw nieuwe goed goede beter beste veel vele weinig meer minder per
  zien ziet maken maakt gemaakt doen doet gaan gaat komen komt staan geven nemen laten blijven krijgen willen wil
  kunnen kan zoeken zoek zoekt gezocht vinden vindt helpen helpt streven doel doelen werken werkt hulp gebruik
  gebruiken gebruikt manier mensen persoon personen dag dagen week
  weken maand maanden jaar jaren tijd keer eerste tweede twee drie vier andere verschillende vaak steeds soms
  altijd echt zelf samen graag extra eigen snel snelle hoog hoge lang lange even enkel enkele iedereen nodig
  mogelijk mogelijke mogelijkheid mogelijkheden makkelijk eenvoudig eenvoudige vooral zoveel bijvoorbeeld
  zodat ter weet weten mag mogen vraag vragen vraagt één alleen kort korte vast vaste lokaal lokale
  oplossing oplossingen uitdaging uitdagingen project projecten digitaal digitale organisatie organisaties
  grand grande grands grandes petit petite nouveau nouvel nouvelle nouveaux nouvelles bon bonne bien mieux meilleur
  meilleure beaucoup peu plusieurs chaque besoin besoins faire fait font voir permet permettre aider aide utiliser
  utilisation personne personnes gens jour jours semaine mois année années ans temps fois premier première deux
  trois quatre facile facilement simple rapide rapidement ensemble propre souvent toujours encore déjà ainsi
  peut peuvent pouvoir doit cas part solution défi défis projet projets numérique numériques organisation
  seulement court courte local locale locaux chercher cherche cherchons cherchent trouver trouve lutter lutte
  luttons contre afin objectif objectifs travailler
  great large big small new good better best many much make makes making made see sees seeing use uses used using
  help helps need needs want wants way ways people person day days week weeks month months year years time times
  first second two three four easy easily simple quick quickly fast different various lot lots able like well
  really still often together get gets give take solution solutions challenge challenges project projects
  seek seeks seeking find finds aim aims goal goals fight fights work works working one only short local
  digital organisation organization
`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => foldDiacritics(word)),
);

/** A word worth naming as a reason: not a stop word or general word in any language, not a number, not too short. */
export function isTellingTerm(word: string): boolean {
  const plain = normalise(word.trim());
  if (plain.length < 3 || /^[\d\s.,%-]+$/.test(plain)) return false;
  if (KNOWN_LANGUAGES.some((language) => isStopWord(plain, language))) return false;
  return !GENERAL_WORDS.has(foldDiacritics(plain));
}
