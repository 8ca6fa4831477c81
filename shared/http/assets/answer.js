// The family's answer page: receipts are uploaded as on the application form and their upload ids
// go with the answer in the form's hidden field. Without JavaScript the family can still answer in text.
const answerForm = document.getElementById('answer');
if (answerForm) {
  document.documentElement.classList.add('js');
  const uploads = answerForm.querySelector('[data-uploads]');
  const field = answerForm.querySelector('input[name=receipts]');
  const submit = answerForm.querySelector('button[type=submit]');
  const ids = [];
  uploads.hidden = false;
  window.receiptUploads(document.getElementById('receipt-files'), {
    en: answerForm.dataset.lang === 'en',
    progress: document.getElementById('upload-progress'),
    list: document.getElementById('uploaded'),
    onUploaded: (uploadId) => {
      ids.push(uploadId);
      field.value = ids.join(',');
    },
    onBusy: (busy) => {
      submit.disabled = busy;
    },
  });
}
