import type { LetterStore } from '../../app/ports';

/** Decision letters' PDFs in memory, for the workflow and use-case tests. */
export class MemoryLetterStore implements LetterStore {
  readonly objects = new Map<string, Uint8Array>();
  async put(key: string, pdf: Uint8Array): Promise<void> {
    this.objects.set(key, pdf.slice());
  }
  async read(key: string): Promise<Uint8Array | undefined> {
    return this.objects.get(key)?.slice();
  }
}
