/**
 * Uploaded photos (idea photos, showcase): the type is decided by the file's magic bytes, never by
 * its name or a client's content type, and metadata that may carry a location or a name is removed
 * before the bytes are stored: JPEG APP1 segments (EXIF, XMP) and PNG tEXt/iTXt/zTXt/eXIf chunks.
 * WebP is accepted with its EXIF/XMP chunks dropped from an extended (VP8X) file.
 * Pure: bytes in, bytes out; the input is never changed.
 */

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export class ImageRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ImageRejected';
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type from the first bytes (JPEG FF D8 FF, PNG signature, RIFF....WEBP), or null. */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

function ascii(bytes: Uint8Array, start: number, length: number) {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/**
 * Checks and cleans an uploaded image. Throws ImageRejected for an unknown type, a file over
 * `maxBytes`, or a structure that cannot be walked (truncated segments or chunks).
 */
export function cleanImage(bytes: Uint8Array, maxBytes: number): { type: ImageType; bytes: Uint8Array } {
  if (bytes.length === 0) throw new ImageRejected('the image is empty');
  if (bytes.length > maxBytes) throw new ImageRejected(`the image is larger than ${maxBytes} bytes`);
  const type = detectImageType(bytes);
  if (!type) throw new ImageRejected('only JPEG, PNG and WebP images are accepted');
  if (type === 'image/jpeg') return { type, bytes: stripJpegMetadata(bytes) };
  if (type === 'image/png') return { type, bytes: stripPngMetadata(bytes) };
  return { type, bytes: stripWebpMetadata(bytes) };
}

/** Copies a JPEG without its APP1 segments (EXIF, XMP). Segments after start-of-scan are copied as they are. */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new ImageRejected('the JPEG structure is broken');
    const marker = bytes[i + 1];
    if (marker === undefined) throw new ImageRejected('the JPEG is truncated');
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Markers without a length: TEM and RST0..7 (and EOI).
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      out.push(bytes.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (marker === 0xd9) {
      out.push(bytes.subarray(i, i + 2));
      break;
    }
    if (i + 4 > bytes.length) throw new ImageRejected('the JPEG is truncated');
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    if (length < 2 || i + 2 + length > bytes.length) throw new ImageRejected('the JPEG is truncated');
    if (marker === 0xda) {
      // Start of scan: the entropy-coded data and everything after it stays as it is.
      out.push(bytes.subarray(i));
      break;
    }
    if (marker !== 0xe1) out.push(bytes.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  return concat(out);
}

const PNG_DROP = new Set(['tEXt', 'iTXt', 'zTXt', 'eXIf']);

/** Copies a PNG without its text and EXIF chunks (tEXt, iTXt, zTXt, eXIf). */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i < bytes.length) {
    if (i + 12 > bytes.length) throw new ImageRejected('the PNG is truncated');
    const length = ((bytes[i] << 24) >>> 0) + (bytes[i + 1] << 16) + (bytes[i + 2] << 8) + bytes[i + 3];
    const end = i + 12 + length;
    if (end > bytes.length) throw new ImageRejected('the PNG is truncated');
    const type = ascii(bytes, i + 4, 4);
    if (!PNG_DROP.has(type)) out.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return concat(out);
}

const WEBP_DROP = new Set(['EXIF', 'XMP ']);

/** Copies a WebP without EXIF and XMP chunks, clearing their flags in the VP8X header. */
export function stripWebpMetadata(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let i = 12;
  while (i < bytes.length) {
    if (i + 8 > bytes.length) throw new ImageRejected('the WebP is truncated');
    const type = ascii(bytes, i, 4);
    const size = bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | ((bytes[i + 7] << 24) >>> 0);
    const end = i + 8 + size + (size % 2);
    if (i + 8 + size > bytes.length) throw new ImageRejected('the WebP is truncated');
    if (!WEBP_DROP.has(type)) {
      const chunk = bytes.slice(i, Math.min(end, bytes.length));
      if (type === 'VP8X') chunk[8] &= ~0x0c; // EXIF (0x08) and XMP (0x04) flags
      chunks.push(chunk);
    }
    i = end;
  }
  const body = concat(chunks);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  const riffSize = body.length + 4;
  header[4] = riffSize & 0xff;
  header[5] = (riffSize >> 8) & 0xff;
  header[6] = (riffSize >> 16) & 0xff;
  header[7] = (riffSize >>> 24) & 0xff;
  return concat([header, body]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Decodes a base64 upload (plain or a data: URL); throws ImageRejected for text that is not base64. */
export function decodeImageUpload(data: string): Uint8Array {
  const raw = data.replace(/^data:[\w/+.-]+;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw)) throw new ImageRejected('the image is not base64-encoded');
  return new Uint8Array(Buffer.from(raw, 'base64'));
}
