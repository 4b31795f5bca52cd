/*
 * Media in posts: blurhash placeholders and the image viewer. Without this script every image still
 * shows (on a plain background while it loads) and its link opens the file itself.
 *
 * Placeholders: a figure with data-blurhash gets a tiny canvas painted from the hash, stretched
 * behind the image, and removed once the image has loaded.
 *
 * Viewer: a modal <dialog> (so the rest of the page is inert and focus stays inside it) with the
 * full image, its description as a caption, a close button, and, for a post with several images,
 * buttons and the arrow keys to move between them. Escape closes it and focus goes back to the
 * image link that opened it.
 */
import { decode, isBlurhashValid } from '/static/blurhash.js';

const SIZE = 32;

function paint(item) {
  const hash = item.getAttribute('data-blurhash');
  const img = item.querySelector('img');
  if (!hash || !img || img.complete || !isBlurhashValid(hash).result) return;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  canvas.className = 'media-blurhash';
  canvas.setAttribute('aria-hidden', 'true');
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(SIZE, SIZE);
  image.data.set(decode(hash, SIZE, SIZE));
  ctx.putImageData(image, 0, 0);
  item.insertBefore(canvas, item.firstChild);
  img.addEventListener('load', () => canvas.remove(), { once: true });
}

let dialog = null;
let shown = null;

function viewer() {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'media-viewer';
  dialog.setAttribute('aria-label', 'Image viewer');
  dialog.innerHTML =
    '<div class="media-viewer-bar">' +
    '<p class="media-viewer-count" aria-live="polite"></p>' +
    '<button type="button" class="secondary media-viewer-close" aria-label="Close the image viewer">Close</button>' +
    '</div>' +
    '<figure><img alt=""><figcaption></figcaption></figure>' +
    '<div class="media-viewer-nav">' +
    '<button type="button" class="secondary media-viewer-previous">Previous image</button>' +
    '<a class="media-viewer-file">Open the file</a>' +
    '<button type="button" class="secondary media-viewer-next">Next image</button>' +
    '</div>';
  document.body.appendChild(dialog);
  dialog.querySelector('.media-viewer-close').addEventListener('click', () => dialog.close());
  dialog.querySelector('.media-viewer-previous').addEventListener('click', () => move(-1));
  dialog.querySelector('.media-viewer-next').addEventListener('click', () => move(1));
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowLeft') { e.preventDefault(); move(-1); }
    else if (e.key === 'ArrowRight') { e.preventDefault(); move(1); }
  });
  // A click on the backdrop (the dialog itself, outside its content) closes it too.
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  dialog.addEventListener('close', () => {
    const back = shown && shown.opener;
    shown = null;
    if (back) back.focus();
  });
  return dialog;
}

function show(index) {
  const d = viewer();
  shown.index = index;
  const link = shown.links[index];
  const thumb = link.querySelector('img');
  const description = link.getAttribute('data-description') || '';
  const img = d.querySelector('figure img');
  img.src = link.href;
  img.alt = description;
  const w = thumb && thumb.getAttribute('data-width');
  const h = thumb && thumb.getAttribute('data-height');
  if (w && h) { img.width = +w; img.height = +h; } else { img.removeAttribute('width'); img.removeAttribute('height'); }
  d.querySelector('figcaption').textContent = description || 'No description was given for this image.';
  d.querySelector('figcaption').classList.toggle('missing', !description);
  d.querySelector('.media-viewer-file').href = link.href;
  const many = shown.links.length > 1;
  d.querySelector('.media-viewer-count').textContent = many ? `Image ${index + 1} of ${shown.links.length}` : '';
  d.querySelector('.media-viewer-previous').hidden = !many;
  d.querySelector('.media-viewer-next').hidden = !many;
}

function move(step) {
  if (!shown || shown.links.length < 2) return;
  show((shown.index + step + shown.links.length) % shown.links.length);
}

function open(link) {
  const grid = link.closest('.media-grid');
  const links = Array.from(grid.querySelectorAll('a.media-image'));
  shown = { links, index: 0, opener: link };
  show(Math.max(0, links.indexOf(link)));
  const d = viewer();
  if (!d.open) d.showModal();
  d.querySelector('.media-viewer-close').focus();
}

function start(root) {
  root.querySelectorAll('.media-item[data-blurhash]').forEach(paint);
}

document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  const link = e.target.closest && e.target.closest('a.media-image');
  if (!link || !link.closest('.media-grid')) return;
  e.preventDefault();
  open(link);
});

start(document);
// Posts that htmx brings in later (older posts, a swapped post) get their placeholders too.
document.addEventListener('htmx:afterSwap', (e) => start(e.target));
