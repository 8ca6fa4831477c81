// DKFDS's error summary on a page the server showed again after a refused post: the summary is
// scrolled into view and focused (a screen reader reads it; the keyboard starts there), and each
// link scrolls its field's label into view and focuses the field, as DKFDS's own module does.
for (const summary of document.querySelectorAll('[data-module="error-summary"]')) {
  summary.scrollIntoView({ block: 'start' });
  summary.focus({ preventScroll: true });
  summary.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#"]');
    const field = link && document.getElementById(link.hash.slice(1));
    if (!field) return;
    event.preventDefault();
    const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
    (label ?? field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  });
}
