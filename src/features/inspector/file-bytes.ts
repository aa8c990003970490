import { MAX_EVIDENCE_BYTES } from '@/network/evidence/read-evidence';

/**
 * A chosen or dropped file's bytes as the file reader passes them to `readEvidence` (null when
 * the browser cannot read it). Larger than the limit: only the limit and one byte are read, and
 * the reader says "too large" from the length.
 */
export async function fileBytes(file: Blob): Promise<Uint8Array | null> {
  try {
    const part = file.size > MAX_EVIDENCE_BYTES ? file.slice(0, MAX_EVIDENCE_BYTES + 1) : file;
    return new Uint8Array(await part.arrayBuffer());
  } catch {
    return null;
  }
}
