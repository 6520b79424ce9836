// A message's plain text on a page: line breaks kept, web addresses made links. Only http(s)
// addresses become links, preact escapes everything else, and links carry rel="nofollow noopener
// ugc" as they are written by users.
const ADDRESS = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than the address it follows.
const TRAILING = /[.,;:!?)\]]+$/;

type Piece = { text: string } | { href: string };

export function piecesOf(line: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const found of line.matchAll(ADDRESS)) {
    const href = found[0].replace(TRAILING, '');
    const start = found.index;
    if (start > at) pieces.push({ text: line.slice(at, start) });
    pieces.push({ href });
    at = start + href.length;
  }
  if (at < line.length) pieces.push({ text: line.slice(at) });
  return pieces;
}

function Line({ line }: { line: string }) {
  return (
    <>
      {piecesOf(line).map((piece) =>
        'href' in piece ? (
          <a href={piece.href} rel="nofollow noopener ugc">
            {piece.href}
          </a>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

export function MessageText({ text }: { text: string }) {
  return (
    <div class="message-text">
      {text.split(/\n{2,}/).map((paragraph) => (
        <p>
          {paragraph.split('\n').map((line, i) => (
            <>
              {i > 0 && <br />}
              <Line line={line} />
            </>
          ))}
        </p>
      ))}
    </div>
  );
}
