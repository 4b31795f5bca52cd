// Draws "Your network" from /network/graph with cytoscape. The page lists the same people by
// circle without this script, so it only adds the picture.
(function () {
  'use strict';
  var box = document.getElementById('network-graph');
  if (!box || typeof window.cytoscape !== 'function') return;
  fetch(box.getAttribute('data-src'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) throw new Error('network ' + r.status); return r.json(); })
    .then(function (g) {
      var elements = [];
      g.nodes.forEach(function (n) {
        elements.push({ group: 'nodes', data: { id: n.id, label: n.me ? 'You' : n.name, colour: n.colour, handle: n.handle, me: n.me, avatar: n.avatar } });
      });
      g.edges.forEach(function (e, i) {
        elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target } });
      });
      box.hidden = false;
      // cytoscape would add an inline <style> giving its container position: relative, which the
      // Content-Security-Policy refuses; rapport.css has that rule, and this marker tells cytoscape so.
      if (!document.getElementById('__________cytoscape_stylesheet')) {
        var mark = document.createElement('meta');
        mark.id = '__________cytoscape_stylesheet';
        document.head.appendChild(mark);
      }
      // The page's own colours, so the drawing follows the light or dark theme.
      var css = window.getComputedStyle(document.documentElement);
      var ink = css.getPropertyValue('--ink').trim() || '#1d2430';
      var edge = css.getPropertyValue('--edge').trim() || '#b8bec8';
      var cy = window.cytoscape({
        container: box,
        elements: elements,
        style: [
          // Each person is their face, ringed in the colour of their circle.
          { selector: 'node', style: { 'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 11,
            'color': ink, 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 26, 'height': 26,
            'border-width': 3, 'border-color': 'data(colour)' } },
          { selector: 'node[avatar]', style: { 'background-image': 'data(avatar)', 'background-fit': 'cover' } },
          { selector: 'node[?me]', style: { 'width': 34, 'height': 34, 'font-weight': 'bold', 'border-color': ink } },
          { selector: 'edge', style: { 'width': 1, 'line-color': edge } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true },
        wheelSensitivity: 0.3
      });
      cy.on('tap', 'node', function (evt) {
        var h = evt.target.data('handle');
        if (h && !evt.target.data('me')) window.location.href = '/@' + encodeURIComponent(h);
      });
      box.setAttribute('data-drawn-nodes', String(cy.nodes().length));
      box.setAttribute('data-drawn-edges', String(cy.edges().length));
    })
    .catch(function () {
      box.hidden = true;
    });
})();
