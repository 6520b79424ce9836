// Long free text written by members (descriptions, references) shown with its shape: paragraphs,
// line breaks, lists and links. The source is Markdown; raw HTML in it is shown as text, never
// interpreted, and the rendered HTML passes an allow-list sanitiser before it reaches the page.
// Plain-text channels (cards, feeds, CSV, e-mails, the API) keep the source text as written.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** Only links a reader can follow safely: web pages and e-mail addresses, never scripts or data. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const LINK_REL = 'nofollow ugc noopener';

const markdown = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });
// Images would load from anywhere; tables do not fit a phone. Both stay visible as text.
markdown.disable(['image', 'table']);
markdown.linkify.set({ fuzzyLink: true, fuzzyEmail: true });
markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());
// The page owns its heading order (h1 title, h2 sections): a heading in a description becomes a bold line.
markdown.renderer.rules.heading_open = () => '<p><strong>';
markdown.renderer.rules.heading_close = () => '</strong></p>\n';

const SANITISER: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'hr'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A link whose address is not a safe absolute one keeps its text and loses the link.
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href ?? '';
      return SAFE_LINK.test(href)
        ? { tagName: 'a', attribs: { href, rel: LINK_REL } }
        : { tagName: 'span', attribs: {} };
    },
  },
};

/** Safe HTML for a text written in Markdown (or plain text, which reads the same). */
export function richTextHtml(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITISER);
}

/** The words of a Markdown text without its markup, e.g. for a meta description. */
export function plainTextOf(source: string): string {
  const words: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (child.type === 'text' || child.type === 'code_inline') words.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') words.push(' ');
    }
    words.push(' ');
  }
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** A text shortened at a word boundary for a summary line. */
export function summaryOf(source: string, length = 160): string {
  const text = plainTextOf(source);
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > length / 2 ? cut.slice(0, space) : cut}…`;
}

export function RichText({
  source,
  lang,
  class: className = 'description',
}: {
  source: string;
  lang?: string;
  class?: string;
}) {
  // The only HTML a member's text becomes is what richTextHtml lets through.
  return (
    <div class={`${className} rich-text`} lang={lang} dangerouslySetInnerHTML={{ __html: richTextHtml(source) }} />
  );
}
