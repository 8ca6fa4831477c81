// The finance console's upload of the bank's pain.002: the file is posted as it is (application/xml)
// to the batch's status-report route, and the answer is shown under the form.
import { byId, type ServerError } from './dom';

const form = byId<HTMLFormElement>('status-report');
const result = byId('report-result');
const fileInput = byId<HTMLInputElement>('report-file');
if (form && result && fileInput) {
  const en = document.documentElement.lang === 'en';
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = fileInput.files?.[0];
    if (!file || !form.dataset.action) return;
    const response = await fetch(form.dataset.action, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: await file.text(),
    });
    const answer: { settled?: number; rejected?: number; errors?: ServerError[] } = await response
      .json()
      .catch(() => ({}));
    if (response.ok) {
      result.textContent = en
        ? `Read: ${answer.settled} settled, ${answer.rejected} rejected. Reload the page to see the lines.`
        : `Indlæst: ${answer.settled} afregnet, ${answer.rejected} afvist. Genindlæs siden for at se linjerne.`;
      result.dataset.outcome = 'ok';
    } else {
      const problems = (answer.errors ?? []).map((e) => (en ? e.en : e.da)).join(' · ');
      result.textContent = `${en ? 'Refused' : 'Afvist'}: ${problems || response.status}`;
      result.dataset.outcome = 'refused';
    }
  });
}
