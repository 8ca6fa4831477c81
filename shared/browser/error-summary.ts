// DKFDS's error summary on a page the server showed again after a refused post: the summary is
// scrolled into view and focused (a screen reader reads it; the keyboard starts there), and each
// link scrolls its field's label into view and focuses the field, as DKFDS's own module does.
import { focusField } from './dom';

for (const summary of document.querySelectorAll<HTMLElement>('[data-module="error-summary"]')) {
  summary.scrollIntoView({ block: 'start' });
  summary.focus({ preventScroll: true });
  summary.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#"]');
    const field = link && document.getElementById(link.hash.slice(1));
    if (!field) return;
    event.preventDefault();
    focusField(field);
  });
}
