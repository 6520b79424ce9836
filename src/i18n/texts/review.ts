// The ambassador's review screen: what to check before publishing a submitted item.
import { defineMessages } from '../define.ts';

export const reviewMessages = defineMessages(
  {
    'review.item.organisation': 'Organisatie:',
    'review.item.verified': 'geverifieerd',
    'review.item.unverified': 'nog niet geverifieerd',
    'review.item.similarity': 'gelijkenis {percent}',
    'review.item.similar_later':
      'Gelijkaardige items worden gezocht voor de eerste {count} ingediende items; dit item komt later aan de beurt.',
    'review.item.description': 'Beschrijving lezen',
    'review.item.similar': 'Gelijkaardige gepubliceerde items',
    'review.item.similar_none': 'Geen gelijkaardige gepubliceerde items gevonden.',
    'review.item.duplicate': 'Mogelijk dubbel',
    'review.item.duplicate_hint':
      'Lijkt sterk op een bestaand item: controleer of het niet hetzelfde is voor u publiceert.',
    'review.organisations.heading': 'Organisaties die op verificatie wachten',
    'review.organisations.intro':
      'Een beheerder verifieert een organisatie op haar profielpagina, na controle van naam, website en ondernemingsnummer.',
    'review.organisations.none': 'Er wachten geen organisaties op verificatie.',
    'review.organisations.registered': 'geregistreerd op {date}',
    'review.organisations.submitted': 'ingediende items: {count}',
    'review.organisations.more': 'En nog {count} andere.',
  },
  {
    'review.item.organisation': 'Organisation\u00a0:',
    'review.item.verified': 'vérifiée',
    'review.item.unverified': 'pas encore vérifiée',
    'review.item.similarity': 'similarité {percent}',
    'review.item.similar_later':
      'Les éléments similaires sont recherchés pour les {count} premiers éléments soumis\u00a0; celui-ci viendra plus tard.',
    'review.item.description': 'Lire la description',
    'review.item.similar': 'Éléments publiés similaires',
    'review.item.similar_none': 'Aucun élément publié similaire trouvé.',
    'review.item.duplicate': 'Doublon possible',
    'review.item.duplicate_hint':
      'Ressemble fortement à un élément existant\u00a0: vérifiez qu’il ne s’agit pas du même avant de publier.',
    'review.organisations.heading': 'Organisations en attente de vérification',
    'review.organisations.intro':
      'Un administrateur vérifie une organisation sur sa page de profil, après contrôle du nom, du site web et du numéro d’entreprise.',
    'review.organisations.none': 'Aucune organisation n’attend de vérification.',
    'review.organisations.registered': 'inscrite le {date}',
    'review.organisations.submitted': 'éléments soumis\u00a0: {count}',
    'review.organisations.more': 'Et {count} autres.',
  },
  {
    'review.item.organisation': 'Organisation:',
    'review.item.verified': 'verified',
    'review.item.unverified': 'not verified yet',
    'review.item.similarity': 'similarity {percent}',
    'review.item.similar_later':
      'Similar items are looked up for the first {count} submitted items; this one comes later.',
    'review.item.description': 'Read the description',
    'review.item.similar': 'Similar published items',
    'review.item.similar_none': 'No similar published items found.',
    'review.item.duplicate': 'Possible duplicate',
    'review.item.duplicate_hint': 'Closely resembles an existing item: check it is not the same one before publishing.',
    'review.organisations.heading': 'Organisations awaiting verification',
    'review.organisations.intro':
      'An admin verifies an organisation on its profile page, after checking its name, website and enterprise number.',
    'review.organisations.none': 'No organisations are awaiting verification.',
    'review.organisations.registered': 'registered on {date}',
    'review.organisations.submitted': 'submitted items: {count}',
    'review.organisations.more': 'And {count} more.',
  },
);
