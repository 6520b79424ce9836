// Search before you post, as you type: once the title and description rest for a moment, ask the
// similar-items API and list what it finds in the panel's live region. Only an enhancement: without
// this script the panel's check button does the same through the server.
(function () {
  'use strict';
  var DELAY_MS = 400;
  var panel = document.querySelector('[data-similar-kind]');
  var form = panel && panel.closest('form');
  if (!form || !window.fetch) return;
  var title = form.elements.namedItem('title');
  var description = form.elements.namedItem('description');
  var token = form.elements.namedItem('_csrf');
  var region = panel.querySelector('#similar-results');
  if (!title || !description || !token || !region) return;
  var minTitle = Number(panel.dataset.minTitle);
  var maxText = Number(panel.dataset.maxText);
  var timer = null;
  var asked = 0;

  function paragraph(text) {
    var p = document.createElement('p');
    p.textContent = text;
    return p;
  }

  function show(items) {
    var parts = [];
    if (items.length === 0) {
      parts.push(paragraph(panel.dataset.none));
    } else {
      parts.push(paragraph(panel.dataset.results));
      var list = document.createElement('ul');
      list.className = 'similar-list';
      items.forEach(function (item) {
        var entry = document.createElement('li');
        var link = document.createElement('a');
        link.href = item.href;
        link.lang = item.language;
        link.textContent = item.title;
        var organisation = document.createElement('span');
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
    var draft = { kind: panel.dataset.similarKind, title: title.value.trim(), text: description.value.trim().slice(0, maxText) };
    if (draft.title.length < minTitle) return;
    var mine = ++asked;
    fetch('/api/v1/similar', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': token.value },
      body: JSON.stringify(draft),
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (body) {
      // An older answer that arrives late must not replace a newer one.
      if (body && mine === asked) show(body.items);
    }).catch(function () {
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
