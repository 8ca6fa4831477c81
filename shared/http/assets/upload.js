// Receipts go straight to the receipts bucket: the page asks POST /api/uploads for a pre-signed PUT
// (with the file's SHA-256, which the bucket checks), then sends the bytes with a progress bar.
// Used by the application form and by the family's answer page; loaded before their own scripts.
window.receiptUploads = (input, { en, progress, list, onUploaded, onBusy }) => {
  const t = (da, english) => (en ? english : da);
  const base64 = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));
  const put = (url, headers, file) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('PUT', url);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) progress.value = Math.round((100 * e.loaded) / e.total);
      });
      xhr.addEventListener('load', () =>
        xhr.status < 300 ? resolve() : reject(new Error(String(xhr.status))),
      );
      xhr.addEventListener('error', () => reject(new Error('network')));
      xhr.send(file);
    });

  input.addEventListener('change', async (event) => {
    // Sending is held back until every chosen file is in the bucket.
    onBusy?.(true);
    try {
      for (const file of event.target.files) {
        progress.hidden = false;
        progress.value = 0;
        const sha256 = base64(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
        const response = await fetch('/api/uploads', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ fileName: file.name, contentType: file.type, size: file.size, sha256 }),
        });
        const li = document.createElement('li');
        if (!response.ok) {
          li.textContent = `${file.name}: ${t('kan ikke uploades', 'cannot be uploaded')}`;
          list.append(li);
          continue;
        }
        const { uploadId, url, headers } = await response.json();
        try {
          await put(url, headers, file);
          onUploaded(uploadId);
          progress.value = 100;
          li.textContent = `${file.name}: ${t('uploadet', 'uploaded')}`;
          li.dataset.uploadId = uploadId;
        } catch {
          li.textContent = `${file.name}: ${t('upload fejlede', 'upload failed')}`;
        }
        list.append(li);
      }
    } finally {
      onBusy?.(false);
    }
  });
};
