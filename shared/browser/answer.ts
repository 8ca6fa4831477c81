// The family's answer page: receipts are uploaded as on the application form and their upload ids
// go with the answer in the form's hidden field. Without JavaScript the family can still answer in text.
import { byId } from './dom';
import { receiptUploads } from './upload';

const answerForm = byId<HTMLFormElement>('answer');
const uploads = answerForm?.querySelector<HTMLElement>('[data-uploads]');
const field = answerForm?.querySelector<HTMLInputElement>('input[name=receipts]');
const submit = answerForm?.querySelector<HTMLButtonElement>('button[type=submit]');
const files = byId<HTMLInputElement>('receipt-files');
const progress = byId<HTMLProgressElement>('upload-progress');
const list = byId('uploaded');
if (answerForm && uploads && field && submit && files && progress && list) {
  document.documentElement.classList.add('js');
  const ids: string[] = [];
  uploads.hidden = false;
  receiptUploads(files, {
    en: answerForm.dataset.lang === 'en',
    progress,
    list,
    onUploaded: (uploadId) => {
      ids.push(uploadId);
      field.value = ids.join(',');
    },
    onBusy: (busy) => {
      submit.disabled = busy;
    },
  });
}
