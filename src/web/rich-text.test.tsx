import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from 'preact-render-to-string';
import { RichText, plainTextOf, richTextHtml, summaryOf } from './rich-text.tsx';

/** Strings that would run script, load something or inject markup if they came through as HTML. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">klik</a>',
  '[klik](javascript:alert(1))',
  '[klik](JaVaScRiPt:alert(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klik](vbscript:msgbox(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<div onmouseover="alert(1)">x</div>',
  '<svg onload=alert(1)>',
  '![beeld](https://evil.example/pixel.png)',
  '<style>body{display:none}</style>',
  '[a](https://ok.example" onclick="alert(1))',
];

test('paragraphs, line breaks, bullet and numbered lists keep their shape', () => {
  const html = richTextHtml(
    'Eerste alinea\nmet een tweede regel.\n\nTweede alinea.\n\n- appels\n- peren\n\n1. eerst\n2. dan',
  );
  assert.match(html, /<p>Eerste alinea<br \/>\s*met een tweede regel.<\/p>/);
  assert.match(html, /<p>Tweede alinea.<\/p>/);
  assert.match(html, /<ul>\s*<li>appels<\/li>\s*<li>peren<\/li>\s*<\/ul>/);
  assert.match(html, /<ol>\s*<li>eerst<\/li>\s*<li>dan<\/li>\s*<\/ol>/);
});

test('a numbered list that starts further on keeps its number', () => {
  assert.match(richTextHtml('3. drie\n4. vier'), /<ol start="3">/);
});

test('web and e-mail links become links that pass no ranking or opener', () => {
  const html = richTextHtml(
    'Zie [onze site](https://zorg.example/over) of https://andere.example/pagina en mail info@zorg.example.',
  );
  assert.match(html, /<a href="https:\/\/zorg.example\/over" rel="nofollow ugc noopener">onze site<\/a>/);
  assert.match(
    html,
    /<a href="https:\/\/andere.example\/pagina" rel="nofollow ugc noopener">https:\/\/andere.example\/pagina<\/a>/,
  );
  assert.match(html, /<a href="mailto:info@zorg.example" rel="nofollow ugc noopener">info@zorg.example<\/a>/);
  assert.match(
    richTextHtml('Meer op www.vlaanderen.be.'),
    /<a href="http:\/\/www.vlaanderen.be" rel="nofollow ugc noopener">www.vlaanderen.be<\/a>\./,
  );
});

test('a link that is not an absolute web or e-mail address stays text', () => {
  const html = richTextHtml('[intern](/admin) [ftp](ftp://files.example/x)');
  assert.doesNotMatch(html, /<a /);
  assert.match(html, /intern/);
});

test('headings in a description become bold lines, so the page keeps its heading order', () => {
  const html = richTextHtml('# Ons probleem\n\nTekst\n\nTussentitel\n-----------');
  assert.doesNotMatch(html, /<h\d/);
  assert.match(html, /<p><strong>Ons probleem<\/strong><\/p>/);
  assert.match(html, /<p><strong>Tussentitel<\/strong><\/p>/);
});

/** Every tag in the output, with its attributes, e.g. ['a', 'href="https://…" rel="…"']. */
function tagsOf(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attributes: (m[2] ?? '').trim(),
  }));
}

test('hostile strings never come through as markup: raw HTML shows as text, unsafe links and images go', () => {
  const allowed = new Set(['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'hr']);
  for (const hostile of HOSTILE) {
    const html = richTextHtml(`Voor ${hostile} na`);
    for (const tag of tagsOf(html)) {
      assert.ok(allowed.has(tag.name), `${hostile} gave <${tag.name}>`);
      if (tag.name === 'a')
        assert.match(tag.attributes, /^href="(https?:\/\/|mailto:)[^"]*" rel="nofollow ugc noopener"$/, hostile);
      else assert.match(tag.attributes, /^\/?$/, `${hostile} gave <${tag.name} ${tag.attributes}>`);
    }
  }
  assert.match(richTextHtml('<script>alert(1)</script>'), /<p>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p>/);
  assert.match(richTextHtml('<img src=x onerror=alert(1)>'), /<p>&lt;img src=x onerror=alert\(1\)&gt;<\/p>/);
  assert.match(richTextHtml('<b>vet</b>'), /&lt;b&gt;vet&lt;\/b&gt;/);
});

test('an attribute break-out in a link address stays inside the address', () => {
  const html = richTextHtml('[a](https://ok.example/"onmouseover="alert(1))');
  assert.doesNotMatch(html, /\sonmouseover=/i);
});

test("the component renders the sanitised text in a block in the item's language", () => {
  const html = render(<RichText source={'Hallo\n\n<script>x</script>'} lang="nl" />);
  assert.match(html, /^<div class="description rich-text" lang="nl"><p>Hallo<\/p>/);
  assert.doesNotMatch(html, /<script>/);
});

test('the plain text of a description drops the markup but keeps the words', () => {
  assert.equal(
    plainTextOf('# Titel\n\n- **vet** punt\n- [link](https://a.example) & <b>x</b>'),
    'Titel vet punt link & <b>x</b>',
  );
});

test('a summary is shortened at a word and marked as shortened', () => {
  const summary = summaryOf('woord '.repeat(100), 40);
  assert.ok(summary.length <= 40);
  assert.match(summary, /^woord( woord)*…$/);
  assert.equal(summaryOf('Kort.'), 'Kort.');
});
