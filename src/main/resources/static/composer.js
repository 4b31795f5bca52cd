/*
 * Rapport's composer: a character counter and @mention / #hashtag suggestions for the post text.
 * Without this script the composer still works: maxlength holds the limit and nothing is suggested.
 * The counter is shown at once and told to screen readers politely after a pause in typing; the
 * suggestions are a listbox the text area points at with aria-activedescendant, so focus stays in
 * the text while the arrow keys choose and Enter (or Tab) inserts.
 */
(function () {
  'use strict';

  var TOKEN = /(^|[^\p{L}\p{N}_@\/#&])([@#][\p{L}\p{N}_]{1,100})$/u;

  function length(text) { return Array.from(text).length; }

  function words(left) {
    return left === 1 ? '1 character left' : left + ' characters left';
  }

  function counter(area) {
    var max = parseInt(area.getAttribute('maxlength'), 10) || 500;
    var shown = document.createElement('p');
    shown.className = 'counter';
    shown.id = area.id + '-counter';
    shown.setAttribute('aria-hidden', 'true');
    var spoken = document.createElement('p');
    spoken.className = 'visually-hidden';
    spoken.id = area.id + '-counter-live';
    spoken.setAttribute('aria-live', 'polite');
    area.insertAdjacentElement('afterend', spoken);
    area.insertAdjacentElement('afterend', shown);
    // Heard with the field on focus too, not only while typing.
    var described = area.getAttribute('aria-describedby');
    area.setAttribute('aria-describedby', (described ? described + ' ' : '') + spoken.id);
    var timer = null;
    function update() {
      var left = max - length(area.value);
      shown.textContent = words(left);
      shown.classList.toggle('low', left <= 20);
      clearTimeout(timer);
      // Said once the person pauses, not at every key; at once when the limit comes near.
      if (left <= 20) spoken.textContent = words(left);
      else timer = setTimeout(function () { spoken.textContent = words(left); }, 800);
    }
    area.addEventListener('input', update);
    shown.textContent = words(max - length(area.value));
    spoken.textContent = shown.textContent;
  }

  function suggestions(area) {
    var url = area.getAttribute('data-suggest');
    var box = document.createElement('div');
    box.className = 'suggest-box';
    var told = document.createElement('p');
    told.className = 'visually-hidden';
    told.setAttribute('aria-live', 'polite');
    area.parentNode.appendChild(box);
    area.parentNode.appendChild(told);
    area.setAttribute('aria-autocomplete', 'list');
    var token = null;
    var options = [];
    var active = -1;
    var asked = 0;
    var timer = null;

    function current() {
      var end = area.selectionStart;
      if (end !== area.selectionEnd) return null;
      var m = TOKEN.exec(area.value.slice(0, end));
      return m ? { text: m[2], start: end - m[2].length, end: end } : null;
    }

    function close() {
      box.replaceChildren();
      options = [];
      active = -1;
      area.removeAttribute('aria-activedescendant');
      area.removeAttribute('aria-controls');
    }

    function choose(i) {
      if (active >= 0) options[active].setAttribute('aria-selected', 'false');
      active = i;
      var o = options[i];
      o.setAttribute('aria-selected', 'true');
      area.setAttribute('aria-activedescendant', o.id);
      o.scrollIntoView({ block: 'nearest' });
    }

    function insert(o) {
      var value = o.getAttribute('data-insert') + ' ';
      var t = token;
      area.value = area.value.slice(0, t.start) + value + area.value.slice(t.end);
      var caret = t.start + value.length;
      area.setSelectionRange(caret, caret);
      close();
      told.textContent = o.getAttribute('data-insert') + ' inserted';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      area.focus();
    }

    function show(html) {
      var list = new DOMParser().parseFromString(html, 'text/html').querySelector('[role=listbox]');
      var found = list ? list.querySelectorAll('[role=option]') : [];
      if (found.length === 0) { close(); return; }
      var mine = document.importNode(list, true);
      box.replaceChildren(mine);
      options = Array.prototype.slice.call(mine.querySelectorAll('[role=option]'));
      active = -1;
      area.setAttribute('aria-controls', mine.id);
      options.forEach(function (o, i) {
        o.addEventListener('mousedown', function (e) { e.preventDefault(); });
        o.addEventListener('click', function () { insert(options[i]); });
      });
      told.textContent = options.length + (options.length === 1 ? ' suggestion' : ' suggestions')
        + ': up and down arrows to choose, Enter to insert';
    }

    function lookup() {
      token = current();
      if (!token || token.text.length < 2) { close(); return; }
      var mine = ++asked;
      fetch(url + '?q=' + encodeURIComponent(token.text), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) { if (mine === asked) show(html); })
        .catch(close);
    }

    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 150);
    });
    area.addEventListener('blur', close);
    area.addEventListener('keydown', function (e) {
      if (options.length === 0) return;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        choose((active + 1) % options.length);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        choose((active - 1 + options.length) % options.length);
      } else if ((e.key === 'Enter' || e.key === 'Tab') && active >= 0) {
        e.preventDefault();
        insert(options[active]);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    });
  }

  function start() {
    document.querySelectorAll('textarea[data-counter]').forEach(counter);
    document.querySelectorAll('textarea[data-suggest]').forEach(suggestions);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
