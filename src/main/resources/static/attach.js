/*
 * The composer's attachments. Without this script the form posts the chosen files itself, with a
 * description field per file. With it, files come from the picker, a drop or a paste; each is
 * uploaded at once (a progress bar each) and shown with a preview, a description field with a
 * reminder while it is empty, buttons to move it earlier or later and to remove it. The form then
 * posts the uploads' ids and descriptions in the order shown. Up to 4 images, or 1 video or audio.
 */
(function () {
  'use strict';

  var MAX_IMAGES = 4;

  function kindOf(file) {
    var t = file.type || '';
    if (t.indexOf('image/') === 0) return 'image';
    if (t.indexOf('video/') === 0 || t.indexOf('audio/') === 0) return 'av';
    return null;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }

  function enhance(zone) {
    var form = zone.closest('form');
    var input = zone.querySelector('input[type=file]');
    var url = zone.getAttribute('data-attach');
    var csrf = form.querySelector('input[name=_csrf]').value;
    var nojs = zone.querySelector('.attach-nojs');
    if (nojs) nojs.remove();
    // Files go through the uploads now, never a second time with the form.
    input.removeAttribute('name');
    var hint = zone.querySelector('.hint');
    if (hint) hint.textContent += ' You can also drop or paste them here.';
    var list = el('ul', { class: 'attach-list', 'aria-label': 'Attached files' });
    var message = el('p', { class: 'attach-message', role: 'alert' });
    var told = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    zone.appendChild(message);
    zone.appendChild(list);
    zone.appendChild(told);
    var serial = 0;

    function items() { return Array.prototype.slice.call(list.children); }

    function say(text) { told.textContent = text; }

    function refuse(text) { message.textContent = text; }

    function positions() {
      var all = items();
      all.forEach(function (li, i) {
        li.querySelector('.attach-earlier').disabled = i === 0;
        li.querySelector('.attach-later').disabled = i === all.length - 1;
        li.querySelector('.attach-position').textContent = 'File ' + (i + 1) + ' of ' + all.length;
      });
    }

    function add(files) {
      message.textContent = '';
      var chosen = Array.prototype.slice.call(files);
      if (chosen.length === 0) return;
      var have = items().map(function (li) { return li.getAttribute('data-kind'); });
      for (var i = 0; i < chosen.length; i++) {
        if (!kindOf(chosen[i])) {
          refuse(chosen[i].name + ' is not an image, a video or an audio file.');
          return;
        }
      }
      var kinds = have.concat(chosen.map(kindOf));
      var av = kinds.filter(function (k) { return k === 'av'; }).length;
      if (av > 0 && kinds.length > 1) {
        refuse('A video or an audio file is posted alone: remove the other files first, or choose one file.');
        return;
      }
      if (kinds.length > MAX_IMAGES) {
        refuse('A post can have up to ' + MAX_IMAGES + ' images; you have ' + have.length + ' already.');
        return;
      }
      chosen.forEach(attach);
      positions();
      say(chosen.length === 1 ? chosen[0].name + ' attached, uploading' : chosen.length + ' files attached, uploading');
    }

    function preview(file, li) {
      var thumb = li.querySelector('.attach-thumb');
      if (kindOf(file) !== 'image' || !window.createImageBitmap) return;
      // Drawn on a canvas: the page's content policy allows no blob: or data: images.
      createImageBitmap(file).then(function (bitmap) {
        var scale = Math.min(1, 192 / Math.max(bitmap.width, bitmap.height));
        thumb.width = Math.max(1, Math.round(bitmap.width * scale));
        thumb.height = Math.max(1, Math.round(bitmap.height * scale));
        thumb.getContext('2d').drawImage(bitmap, 0, 0, thumb.width, thumb.height);
      }).catch(function () { /* the server's preview comes after the upload */ });
    }

    function attach(file) {
      var n = ++serial;
      var li = el('li', { class: 'attach-item', 'data-kind': kindOf(file), 'data-state': 'uploading' });
      var thumb = el('canvas', { class: 'attach-thumb', role: 'img', 'aria-label': 'Preview of ' + file.name });
      var fields = el('div', { class: 'attach-fields' });
      var name = el('p', { class: 'attach-name' });
      name.appendChild(el('span', { class: 'attach-position' }));
      name.appendChild(document.createTextNode(': ' + file.name));
      var bar = el('progress', { max: '100', value: '0', 'aria-label': 'Upload of ' + file.name });
      var status = el('p', { class: 'attach-status' }, 'Uploading…');
      var id = el('input', { type: 'hidden', name: 'media_ids[]', value: '' });
      var label = el('label', { for: 'attach-description-' + n }, 'Description (alt text) of ' + file.name);
      var text = el('textarea', {
        id: 'attach-description-' + n, name: 'media_descriptions[]', rows: '2', maxlength: '1500',
        'aria-describedby': 'attach-reminder-' + n
      });
      var reminder = el('p', { class: 'attach-reminder', id: 'attach-reminder-' + n },
        'No description yet: people who cannot see it will not know what it shows.');
      text.addEventListener('input', function () { reminder.hidden = text.value.trim() !== ''; });
      var buttons = el('div', { class: 'attach-buttons' });
      var earlier = el('button', { type: 'button', class: 'secondary attach-earlier' }, 'Move earlier');
      var later = el('button', { type: 'button', class: 'secondary attach-later' }, 'Move later');
      var remove = el('button', { type: 'button', class: 'secondary attach-remove' }, 'Remove');
      [earlier, later, remove].forEach(function (b, i) {
        b.appendChild(el('span', { class: 'visually-hidden' }, ' ' + file.name));
        buttons.appendChild(b);
      });
      fields.append(name, bar, status, id, label, text, reminder, buttons);
      li.append(thumb, fields);
      list.appendChild(li);
      preview(file, li);

      earlier.addEventListener('click', function () {
        if (li.previousElementSibling) list.insertBefore(li, li.previousElementSibling);
        moved(li, earlier, later);
      });
      later.addEventListener('click', function () {
        if (li.nextElementSibling) list.insertBefore(li.nextElementSibling, li);
        moved(li, later, earlier);
      });
      remove.addEventListener('click', function () {
        var next = li.nextElementSibling || li.previousElementSibling;
        if (li.xhr) li.xhr.abort();
        li.remove();
        positions();
        message.textContent = '';
        say(file.name + ' removed');
        (next ? next.querySelector('.attach-remove') : input).focus();
      });
      upload(file, li, bar, status, id);
    }

    function moved(li, button, other) {
      positions();
      var at = items().indexOf(li) + 1;
      say(li.querySelector('.attach-name').textContent.replace(/^File \d+ of \d+: /, '') + ' is now file ' + at + ' of ' + items().length);
      (button.disabled ? other : button).focus();
    }

    function upload(file, li, bar, status, id) {
      var data = new FormData();
      data.append('_csrf', csrf);
      data.append('file', file, file.name);
      var xhr = new XMLHttpRequest();
      li.xhr = xhr;
      xhr.open('POST', url);
      xhr.responseType = 'json';
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) bar.value = Math.round(e.loaded * 100 / e.total);
      });
      xhr.addEventListener('load', function () {
        li.xhr = null;
        var body = xhr.response || {};
        if (xhr.status >= 200 && xhr.status < 300 && body.id) {
          id.value = body.id;
          bar.value = 100;
          bar.hidden = true;
          status.textContent = 'Uploaded';
          li.setAttribute('data-state', 'done');
          li.setAttribute('data-media-id', body.id);
          say(file.name + ' uploaded');
        } else {
          fail(li, status, body.error || 'The upload failed (' + xhr.status + ').');
        }
      });
      xhr.addEventListener('error', function () { fail(li, status, 'The upload failed: the server could not be reached.'); });
      xhr.send(data);
    }

    function fail(li, status, why) {
      li.xhr = null;
      li.setAttribute('data-state', 'failed');
      li.querySelector('progress').hidden = true;
      status.classList.add('failed');
      status.textContent = why + ' Remove it and try again.';
      say(status.textContent);
    }

    input.addEventListener('change', function () {
      add(input.files);
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (type) {
      form.addEventListener(type, function (e) {
        if (!e.dataTransfer || Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') < 0) return;
        e.preventDefault();
        zone.classList.add('dragging');
      });
    });
    form.addEventListener('dragleave', function (e) {
      if (!form.contains(e.relatedTarget)) zone.classList.remove('dragging');
    });
    // The whole form takes a drop, so a file dropped beside the zone is not opened by the browser instead.
    form.addEventListener('drop', function (e) {
      zone.classList.remove('dragging');
      if (!e.dataTransfer || e.dataTransfer.files.length === 0) return;
      e.preventDefault();
      add(e.dataTransfer.files);
    });
    form.addEventListener('paste', function (e) {
      var files = e.clipboardData && e.clipboardData.files;
      if (!files || files.length === 0) return;
      e.preventDefault();
      add(files);
    });
    form.addEventListener('submit', function (e) {
      var states = items().map(function (li) { return li.getAttribute('data-state'); });
      if (states.indexOf('uploading') >= 0) {
        e.preventDefault();
        refuse('Please wait until the files are uploaded.');
      } else if (states.indexOf('failed') >= 0) {
        e.preventDefault();
        refuse('A file could not be uploaded: remove it before posting.');
      }
    });
  }

  function start() {
    document.querySelectorAll('.attach-zone[data-attach]').forEach(enhance);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
