// Keeps the page current without a reload: the unread count in the navigation, on home a link
// to the posts that arrived since the page was rendered, and on the messages inbox a link to the
// conversations with new messages. Everything comes from the server's /live
// stream, which sends only what the signed-in person may see. Without JavaScript the page shows
// the count as it was when rendered.
(function () {
  'use strict';
  var link = document.getElementById('nav-notifications');
  if (!link || !window.EventSource) return;
  var fresh = 0;
  var source = new EventSource('/live');
  source.addEventListener('notifications', function (e) {
    var n = JSON.parse(e.data).unread;
    var label = link.querySelector('.label') || link;
    label.textContent = n > 0 ? 'Notifications (' + n + ')' : 'Notifications';
    link.setAttribute('data-unread', String(n));
  });
  source.addEventListener('messages', function (e) {
    var box = document.getElementById('new-messages');
    if (!box) return;
    var n = JSON.parse(e.data).unread;
    box.querySelector('a').textContent = (n === 1 ? '1 unread conversation' : n + ' unread conversations') + ' \u2014 show';
    box.hidden = false;
  });
  source.addEventListener('home', function () {
    var box = document.getElementById('new-posts');
    if (!box) return;
    fresh += 1;
    box.querySelector('a').textContent = fresh + (fresh === 1 ? ' new post' : ' new posts') + ' \u2014 show';
    box.hidden = false;
  });
  window.addEventListener('pagehide', function () { source.close(); });
})();
