// Receipts go straight to the receipts bucket: the page asks POST /api/uploads for a pre-signed PUT
// (with the file's SHA-256, which the bucket checks), then sends the bytes with a progress bar.
// Used by the application form and by the family's answer page (each bundles its own copy).
// The file's type and size are checked here first, so the family learns at once why a file cannot
// go (not a PDF or picture, empty, too large); the server's own refusal is shown in its words.
import { type ServerError, sayer } from './dom';

/** Where an upload shows itself, and what the page is told. */
export type UploadOptions = {
  en: boolean;
  progress: HTMLProgressElement;
  list: HTMLElement;
  onUploaded: (uploadId: string, fileName: string) => void;
  onBusy?: (busy: boolean) => void;
};

/** The uploads of one file input. */
export type ReceiptUploads = {
  /**
   * Matches the page to what is really attached (after Back, the browser may restore a chosen
   * file that was never uploaded): the input emptied, the list keeping only `attached` uploads.
   */
  reset(attached?: string[]): void;
};

// The types POST /api/uploads accepts; a file the system does not label (often HEIC) by its extension.
const byExtension: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  webp: 'image/webp',
};
const accepted = new Set(Object.values(byExtension));

function typeOf(file: File): string | undefined {
  if (accepted.has(file.type)) return file.type;
  if (file.type !== '' && file.type !== 'application/octet-stream') return undefined;
  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  return byExtension[extension];
}

const base64 = (buffer: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));

const sentence = (text: string) => {
  const trimmed = String(text).trim().replace(/[.]$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
};

/** Sends the file to the pre-signed URL, moving the progress bar as the bytes go. */
const put = (url: string, headers: Record<string, string>, file: File, progress: HTMLProgressElement) =>
  new Promise<void>((resolve, reject) => {
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

/** Uploads each file chosen in `input` as it is chosen, listing what went and what did not, and why. */
export function receiptUploads(
  input: HTMLInputElement,
  { en, progress, list, onUploaded, onBusy }: UploadOptions,
): ReceiptUploads {
  const t = sayer(en);
  // The page may name the limit (the application form does); the server checks it in any case.
  const maxBytes = Number(input.dataset.maxBytes) || undefined;
  const megabytes = (bytes: number) => {
    const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
    return en ? String(mb) : String(mb).replace('.', ',');
  };
  const reasons = {
    type: () => t('Filen er ikke en PDF eller et billede', 'The file is not a PDF or an image'),
    empty: () => t('Filen er tom', 'The file is empty'),
    size: () =>
      t(
        `Filen er for stor (højst ${megabytes(maxBytes ?? 0)} MB)`,
        `The file is too large (at most ${megabytes(maxBytes ?? 0)} MB)`,
      ),
    failed: () => t('Prøv igen', 'Try again'),
  };
  /** Why the file cannot be uploaded, before asking the server; undefined when it may go. */
  const problem = (file: File) => {
    if (!typeOf(file)) return reasons.type();
    if (file.size === 0) return reasons.empty();
    if (maxBytes && file.size > maxBytes) return reasons.size();
    return undefined;
  };
  /** The server's refusal of POST /api/uploads, in the page's language. */
  const refusal = async (response: Response, file: File) => {
    let errors: ServerError[] = [];
    try {
      errors = (await response.json()).errors ?? [];
    } catch {
      // Not JSON (a proxy's page): the general words below.
    }
    const texts = errors.map((e) => {
      if (e.path === 'contentType') return reasons.type();
      if (e.path === 'size' && file.size === 0) return reasons.empty();
      if (e.path === 'size' && maxBytes) return reasons.size();
      return sentence((en ? e.en : e.da) ?? e.message ?? '');
    });
    const given = texts.filter((text) => text !== '');
    return given.length > 0 ? given.join('. ') : t('Serveren afviste filen', 'The server refused the file');
  };

  const failed = (file: File, reason: string) => {
    const li = document.createElement('li');
    const message = document.createElement('span');
    message.className = 'form-error-message';
    message.textContent = `${file.name} ${t('kan ikke uploades', 'cannot be uploaded')}. ${reason}.`;
    li.append(message);
    li.dataset.uploadFailed = '';
    list.append(li);
  };

  /** Uploads one file; lists it as uploaded once it is in the bucket. */
  const upload = async (file: File) => {
    const reason = problem(file);
    if (reason) return failed(file, reason);
    progress.hidden = false;
    progress.value = 0;
    try {
      const sha256 = base64(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
      const response = await fetch('/api/uploads', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fileName: file.name, contentType: typeOf(file), size: file.size, sha256 }),
      });
      if (!response.ok) return failed(file, await refusal(response, file));
      const { uploadId, url, headers } = (await response.json()) as {
        uploadId: string;
        url: string;
        headers: Record<string, string>;
      };
      await put(url, headers, file, progress);
      onUploaded(uploadId, file.name);
      progress.value = 100;
      const li = document.createElement('li');
      li.textContent = `${file.name}: ${t('uploadet', 'uploaded')}`;
      li.dataset.uploadId = uploadId;
      list.append(li);
    } catch {
      failed(file, `${t('Upload fejlede', 'The upload failed')}. ${reasons.failed()}`);
    }
  };

  input.addEventListener('change', async () => {
    // Sending is held back until every chosen file is in the bucket.
    onBusy?.(true);
    const files = [...(input.files ?? [])];
    try {
      for (const file of files) await upload(file);
    } finally {
      // The list shows what is attached (and what is not, and why); the input starts empty again,
      // so a file it still named could never be mistaken for one that went with the application.
      input.value = '';
      onBusy?.(false);
    }
  });

  return {
    reset(attached = []) {
      input.value = '';
      const keep = new Set(attached);
      for (const li of [...list.children] as HTMLElement[])
        if (!keep.has(li.dataset.uploadId ?? '')) li.remove();
      if (keep.size === 0) {
        progress.hidden = true;
        progress.value = 0;
      }
    },
  };
}
