// The share action on each post: "Copy link" puts the post's address on the clipboard, and "Share…"
// opens the system share sheet where the browser has one (navigator.share). Without this script, or
// where neither works, the address stays in its field to copy by hand.
(function () {
  'use strict';

  function say(box, text) {
    var status = box.querySelector('.share-status');
    if (status) status.textContent = text;
  }

  function copyByHand(box) {
    var field = box.querySelector('.share-url');
    field.focus();
    field.select();
    var done = false;
    try {
      done = document.execCommand('copy');
    } catch (e) {
      done = false;
    }
    say(box, done ? 'Link copied.' : 'Select the link and copy it.');
  }

  function copy(box) {
    var url = box.getAttribute('data-url');
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () {
        say(box, 'Link copied.');
      }, function () {
        copyByHand(box);
      });
    } else {
      copyByHand(box);
    }
  }

  function share(box) {
    var data = { title: box.getAttribute('data-title'), url: box.getAttribute('data-url') };
    navigator.share(data).then(function () {
      say(box, 'Shared.');
    }, function (e) {
      // Closing the share sheet is not a failure worth telling.
      if (!e || e.name !== 'AbortError') say(box, 'Could not share: copy the link instead.');
    });
  }

  function wire(root) {
    var boxes = root.querySelectorAll('details.share:not([data-wired])');
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      box.setAttribute('data-wired', '1');
      var copyButton = box.querySelector('.share-copy');
      var shareButton = box.querySelector('.share-native');
      copyButton.hidden = false;
      copyButton.addEventListener('click', copy.bind(null, box));
      if (typeof navigator.share === 'function') {
        shareButton.hidden = false;
        shareButton.addEventListener('click', share.bind(null, box));
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    wire(document);
  });
  // Posts that htmx appends (older posts, a post's actions swapped in place) get their buttons too.
  document.addEventListener('htmx:afterSettle', function () {
    wire(document);
  });
})();
