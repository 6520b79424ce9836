// Words that passwords are most often built from, in Dutch, French and English: the top of the
// public leaked-password rankings, first names, pets, football clubs, places and keyboard runs.
// Written for this project from those rankings (no list downloaded); letters only, lower case,
// without accents, since the check strips digits, symbols and accents before comparing.
export const COMMON_PASSWORD_WORDS: readonly string[] = [
  // Dutch and Flemish
  'wachtwoord', 'paswoord', 'passwoord', 'welkom', 'geheim', 'geheimpje', 'voetbal', 'vlaanderen', 'belgie', 'belgium',
  'brussel', 'antwerpen', 'gent', 'brugge', 'leuven', 'mechelen', 'hasselt', 'kortrijk', 'oostende', 'limburg',
  'clubbrugge', 'anderlecht', 'standard', 'genk', 'beerschot', 'kaagent', 'rodeduivels', 'duivels', 'schatje', 'lieverd',
  'liefde', 'hallo', 'hoihoi', 'doei', 'zomer', 'winter', 'lente', 'herfst', 'maandag', 'vrijdag', 'zondag',
  'januari', 'december', 'kerstmis', 'konijn', 'poesje', 'hondje', 'kikker', 'beertje', 'prinses', 'snoepje',
  'computer', 'werk', 'kantoor', 'gemeente', 'overheid', 'digitaal', 'helemaaldigitaal', 'sleutel', 'toegang', 'inloggen',
  'aanmelden', 'gebruiker', 'beheerder', 'jan', 'peeters', 'janssens', 'maes', 'jacobs', 'mertens', 'willems',
  'claes', 'goossens', 'wouters', 'dubois', 'lucas', 'noah', 'emma', 'olivia', 'louise', 'marie',
  'sofie', 'tom', 'bart', 'koen', 'wim', 'lien', 'elke', 'jef', 'mieke', 'pieter',
  // French
  'motdepasse', 'bonjour', 'bonsoir', 'salut', 'soleil', 'amour', 'jetaime', 'chouchou', 'doudou', 'loulou',
  'chaton', 'chocolat', 'princesse', 'coucou', 'marseille', 'paris', 'liege', 'namur', 'charleroi', 'mons',
  'wallonie', 'bruxelles', 'standardliege', 'football', 'azerty', 'azertyuiop', 'qsdfghjklm', 'wxcvbn', 'nicolas', 'julien',
  'camille', 'manon', 'thomas', 'alexandre', 'motdepass', 'secret', 'bienvenue', 'merci', 'famille', 'vacances',
  // English
  'password', 'passw', 'passwd', 'letmein', 'iloveyou', 'loveyou', 'welcome', 'admin', 'administrator', 'changeme',
  'monkey', 'dragon', 'sunshine', 'princess', 'master', 'trustno', 'shadow', 'superman', 'batman', 'football',
  'baseball', 'soccer', 'hello', 'freedom', 'whatever', 'starwars', 'pokemon', 'michael', 'jennifer', 'charlie',
  'jordan', 'hunter', 'summer', 'spring', 'autumn', 'january', 'secret', 'login', 'access', 'default',
  'test', 'testtest', 'guest', 'user', 'root', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qazwsx',
  'zaq', 'abc', 'abcdef', 'abcdefghijkl', 'aaaaaaaaaaaa', 'company', 'office', 'google', 'facebook', 'microsoft',
];
