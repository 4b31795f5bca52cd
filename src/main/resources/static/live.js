// Keeps the page current without a reload: the unread count in the navigation, and on home a link
// to the posts that arrived since the page was rendered. Everything comes from the server's /live
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
  source.addEventListener('home', function () {
    var box = document.getElementById('new-posts');
    if (!box) return;
    fresh += 1;
    box.querySelector('a').textContent = fresh + (fresh === 1 ? ' new post' : ' new posts') + ' \u2014 show';
    box.hidden = false;
  });
  window.addEventListener('pagehide', function () { source.close(); });
})();
