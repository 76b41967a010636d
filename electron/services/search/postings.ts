/**
 * One term's postings: the documents (by slot, ascending) that hold it and how often, in
 * the title and in the text. Typed arrays that grow by doubling: a hundred thousand posts
 * make a few million postings, which as objects would cost ten times the memory and make
 * every query walk the heap.
 */
export class Postings {
  docs: Uint32Array;
  /** Two per posting: [title frequency, text frequency]. */
  freqs: Uint16Array;
  length = 0;

  constructor(capacity = 2) {
    this.docs = new Uint32Array(capacity);
    this.freqs = new Uint16Array(capacity * 2);
  }

  push(doc: number, title: number, text: number): void {
    if (this.length === this.docs.length) {
      const docs = new Uint32Array(this.docs.length * 2);
      docs.set(this.docs);
      const freqs = new Uint16Array(this.freqs.length * 2);
      freqs.set(this.freqs);
      this.docs = docs;
      this.freqs = freqs;
    }
    this.docs[this.length] = doc;
    this.freqs[this.length * 2] = Math.min(title, 0xffff);
    this.freqs[this.length * 2 + 1] = Math.min(text, 0xffff);
    this.length++;
  }

  /** Keeps the postings of live documents, renumbered by `renumber` (-1: gone); slots stay ascending. */
  compact(renumber: Int32Array): void {
    let kept = 0;
    for (let index = 0; index < this.length; index++) {
      const slot = renumber[this.docs[index]!]!;
      if (slot < 0) continue;
      this.docs[kept] = slot;
      this.freqs[kept * 2] = this.freqs[index * 2]!;
      this.freqs[kept * 2 + 1] = this.freqs[index * 2 + 1]!;
      kept++;
    }
    this.length = kept;
  }

  toBase64(): [docs: string, freqs: string] {
    return [base64(this.docs.subarray(0, this.length)), base64(this.freqs.subarray(0, this.length * 2))];
  }

  /** Throws when the two arrays do not describe the same postings. */
  static fromBase64(docs: string, freqs: string): Postings {
    const docBytes = Buffer.from(docs, 'base64');
    const freqBytes = Buffer.from(freqs, 'base64');
    if (docBytes.length % 4 !== 0 || freqBytes.length !== docBytes.length) throw new Error('postings do not line up');
    const postings = new Postings(Math.max(2, docBytes.length / 4));
    new Uint8Array(postings.docs.buffer).set(docBytes);
    new Uint8Array(postings.freqs.buffer).set(freqBytes);
    postings.length = docBytes.length / 4;
    return postings;
  }
}

function base64(array: Uint32Array | Uint16Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}
