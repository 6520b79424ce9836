// Search before you post, as you type: once the title and description rest for a moment, ask the
// similar-items API and list what it finds in the panel's live region. Only an enhancement: without
// this script the panel's check button does the same through the server.
(() => {
  const DELAY_MS = 400;
  const panel = document.querySelector('[data-similar-kind]');
  const form = panel?.closest('form');
  if (!form || !window.fetch) return;
  const title = form.elements.namedItem('title');
  const description = form.elements.namedItem('description');
  const token = form.elements.namedItem('_csrf');
  const region = panel.querySelector('#similar-results');
  if (!title || !description || !token || !region) return;
  const minTitle = Number(panel.dataset.minTitle);
  const maxText = Number(panel.dataset.maxText);
  let timer = null;
  let asked = 0;

  function paragraph(text) {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }

  function show(items) {
    const parts = [];
    if (items.length === 0) {
      parts.push(paragraph(panel.dataset.none));
    } else {
      parts.push(paragraph(panel.dataset.results));
      const list = document.createElement('ul');
      list.className = 'similar-list';
      items.forEach((item) => {
        const entry = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.href;
        link.lang = item.language;
        link.textContent = item.title;
        const organisation = document.createElement('span');
        organisation.className = 'card-meta';
        organisation.textContent = item.organisation;
        entry.append(link, ' ', organisation);
        list.append(entry);
      });
      parts.push(list);
    }
    region.replaceChildren.apply(region, parts);
  }

  function check() {
    const draft = {
      kind: panel.dataset.similarKind,
      title: title.value.trim(),
      text: description.value.trim().slice(0, maxText),
    };
    if (draft.title.length < minTitle) return;
    const mine = ++asked;
    fetch('/api/v1/similar', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': token.value },
      body: JSON.stringify(draft),
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        // An older answer that arrives late must not replace a newer one.
        if (body && mine === asked) show(body.items);
      })
      .catch(() => {
        // Nothing to do: the check button still asks the server.
      });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, DELAY_MS);
  }

  title.addEventListener('input', later);
  description.addEventListener('input', later);
})();
