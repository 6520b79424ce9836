// Interface texts of the bulk import in nl-BE, fr and en.
import { defineMessages } from '../define.ts';

export const importMessages = defineMessages(
  {
    'import.title': 'Catalogus importeren',
    'import.intro':
      'Importeer oplossingen en hun organisaties uit een CSV- of JSON-bestand, met dezelfde kolommen als de open data (oplossingen.csv). Het hele bestand wordt eerst gecontroleerd; bij één fout wordt niets geïmporteerd. Lijsten scheidt u met puntkomma’s.',
    'import.field.content': 'Inhoud van het bestand',
    'import.field.content_hint': 'Plak de inhoud van het CSV- of JSON-bestand.',
    'import.field.format': 'Formaat',
    'import.field.dry_run': 'Alleen controleren, niets opslaan',
    'import.submit': 'Importeren',
    'import.malformed_csv': 'Het CSV-bestand is niet goed opgebouwd (kolommen of aanhalingstekens).',
    'import.malformed_json':
      'Het JSON-bestand is niet geldig: verwacht wordt een lijst van rijen of { "rows": [...] }.',
    'import.empty': 'Het bestand bevat geen rijen.',
    'import.duplicate_row': 'Deze oplossing staat al in rij {row} van hetzelfde bestand.',
    'import.invalid': 'Het bestand bevat fouten; er is niets geïmporteerd.',
    'import.report.title': 'Foutenrapport',
    'import.report.row': 'Rij',
    'import.report.field': 'Veld',
    'import.report.reason': 'Reden',
    'import.done':
      '{rows} rijen verwerkt: {solutionsCreated} oplossingen nieuw, {solutionsUpdated} bijgewerkt, {organisationsCreated} organisaties nieuw, {organisationsUpdated} bijgewerkt.',
    'import.upload.heading': 'Een bestand opladen',
    'import.paste.heading': 'Of de inhoud plakken',
    'import.field.file': 'CSV- of JSON-bestand',
    'import.field.file_hint':
      'Hoogstens {max} MB. Het formaat volgt uit de extensie (.csv of .json) of anders uit de inhoud.',
    'import.upload.submit': 'Bestand importeren',
    'import.file_missing': 'Kies een bestand om op te laden.',
    'import.file_too_large': 'Het bestand is groter dan {max} MB; er is niets geïmporteerd.',
    'import.file_encoding': 'Het bestand is geen tekst in UTF-8; bewaar het als CSV (UTF-8) of JSON.',
    'import.file_name': 'Bestand: {name}',
    'import.dry_run_done':
      'Controle geslaagd, niets opgeslagen. Bij importeren: {solutionsCreated} oplossingen nieuw, {solutionsUpdated} bijgewerkt, {organisationsCreated} organisaties nieuw, {organisationsUpdated} bijgewerkt.',
  },
  {
    'import.title': 'Importer un catalogue',
    'import.intro':
      'Importez des solutions et leurs organisations depuis un fichier CSV ou JSON, avec les mêmes colonnes que les données ouvertes (solutions.csv). Tout le fichier est d’abord vérifié\u00a0; à la moindre erreur, rien n’est importé. Séparez les listes par des points-virgules.',
    'import.field.content': 'Contenu du fichier',
    'import.field.content_hint': 'Collez le contenu du fichier CSV ou JSON.',
    'import.field.format': 'Format',
    'import.field.dry_run': 'Vérifier seulement, ne rien enregistrer',
    'import.submit': 'Importer',
    'import.malformed_csv': 'Le fichier CSV est mal construit (colonnes ou guillemets).',
    'import.malformed_json':
      'Le fichier JSON n’est pas valide\u00a0: une liste de lignes ou { "rows": [...] } est attendue.',
    'import.empty': 'Le fichier ne contient aucune ligne.',
    'import.duplicate_row': 'Cette solution figure déjà à la ligne {row} du même fichier.',
    'import.invalid': 'Le fichier contient des erreurs\u00a0; rien n’a été importé.',
    'import.report.title': 'Rapport d’erreurs',
    'import.report.row': 'Ligne',
    'import.report.field': 'Champ',
    'import.report.reason': 'Raison',
    'import.done':
      '{rows} lignes traitées\u00a0: {solutionsCreated} solutions nouvelles, {solutionsUpdated} mises à jour, {organisationsCreated} organisations nouvelles, {organisationsUpdated} mises à jour.',
    'import.upload.heading': 'Téléverser un fichier',
    'import.paste.heading': 'Ou coller le contenu',
    'import.field.file': 'Fichier CSV ou JSON',
    'import.field.file_hint': '{max} Mo au plus. Le format suit l’extension (.csv ou .json), sinon le contenu.',
    'import.upload.submit': 'Importer le fichier',
    'import.file_missing': 'Choisissez un fichier à téléverser.',
    'import.file_too_large': 'Le fichier dépasse {max} Mo\u00a0; rien n’a été importé.',
    'import.file_encoding': 'Le fichier n’est pas du texte UTF-8\u00a0; enregistrez-le en CSV (UTF-8) ou en JSON.',
    'import.file_name': 'Fichier\u00a0: {name}',
    'import.dry_run_done':
      'Vérification réussie, rien n’a été enregistré. À l’import\u00a0: {solutionsCreated} solutions nouvelles, {solutionsUpdated} mises à jour, {organisationsCreated} organisations nouvelles, {organisationsUpdated} mises à jour.',
  },
  {
    'import.title': 'Import a catalogue',
    'import.intro':
      'Import solutions and their organisations from a CSV or JSON file, with the same columns as the open data (solutions.csv). The whole file is checked first; if anything is wrong, nothing is imported. Separate lists with semicolons.',
    'import.field.content': 'Content of the file',
    'import.field.content_hint': 'Paste the content of the CSV or JSON file.',
    'import.field.format': 'Format',
    'import.field.dry_run': 'Only check, save nothing',
    'import.submit': 'Import',
    'import.malformed_csv': 'The CSV file is malformed (columns or quotes).',
    'import.malformed_json': 'The JSON file is not valid: a list of rows or { "rows": [...] } is expected.',
    'import.empty': 'The file contains no rows.',
    'import.duplicate_row': 'This solution is already in row {row} of the same file.',
    'import.invalid': 'The file contains errors; nothing was imported.',
    'import.report.title': 'Error report',
    'import.report.row': 'Row',
    'import.report.field': 'Field',
    'import.report.reason': 'Reason',
    'import.done':
      '{rows} rows processed: {solutionsCreated} solutions new, {solutionsUpdated} updated, {organisationsCreated} organisations new, {organisationsUpdated} updated.',
    'import.upload.heading': 'Upload a file',
    'import.paste.heading': 'Or paste the content',
    'import.field.file': 'CSV or JSON file',
    'import.field.file_hint':
      'At most {max} MB. The format follows the extension (.csv or .json), otherwise the content.',
    'import.upload.submit': 'Import file',
    'import.file_missing': 'Choose a file to upload.',
    'import.file_too_large': 'The file is larger than {max} MB; nothing was imported.',
    'import.file_encoding': 'The file is not UTF-8 text; save it as CSV (UTF-8) or JSON.',
    'import.file_name': 'File: {name}',
    'import.dry_run_done':
      'Check passed, nothing saved. On import: {solutionsCreated} solutions new, {solutionsUpdated} updated, {organisationsCreated} organisations new, {organisationsUpdated} updated.',
  },
);
