import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanImage, decodeImageUpload, detectImageType, ImageRejected, stripJpegMetadata, stripPngMetadata, stripWebpMetadata } from './board-image.ts';

const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : [...p])));

function crc32(data: Uint8Array) {
  let c = ~0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function pngChunk(type: string, data: Uint8Array) {
  const td = bytes(type, data);
  const len = data.length;
  const crc = crc32(td);
  return bytes([len >>> 24, (len >> 16) & 255, (len >> 8) & 255, len & 255], td, [crc >>> 24, (crc >> 16) & 255, (crc >> 8) & 255, crc & 255]);
}
const segment = (marker: number, payload: Uint8Array) => bytes([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 255], payload);

// A 1x1 grey PNG (IHDR, one deflated scanline) with a GPS-like text chunk and an eXIf chunk.
const ihdr = pngChunk('IHDR', bytes([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
const idat = pngChunk('IDAT', new Uint8Array(deflateSync(Buffer.from([0, 128]))));
const iend = pngChunk('IEND', new Uint8Array());
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ihdr, pngChunk('tEXt', bytes('Comment\0GPS 52.37,4.89')), pngChunk('eXIf', bytes('MM\0*secret')), idat, pngChunk('iTXt', bytes('XML:com.adobe.xmp\0\0\0\0\0<x/>')), iend);

// JPEG: SOI, APP0 JFIF, APP1 Exif (with a fake camera owner), APP1 XMP, DQT, SOS + scan data, EOI.
const app0 = segment(0xe0, bytes('JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0]));
const exif = segment(0xe1, bytes('Exif\0\0', 'Owner: Jan Jansen, GPS 52.1'));
const xmp = segment(0xe1, bytes('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>'));
const dqt = segment(0xdb, bytes([0], new Array(64).fill(1)));
const sos = bytes(segment(0xda, bytes([1, 1, 0, 0, 63, 0])), [0x12, 0x34, 0xff, 0x00, 0x56], [0xff, 0xd9]);
const jpeg = bytes([0xff, 0xd8], app0, exif, dqt, xmp, sos);

describe('detectImageType', () => {
  it('reads JPEG, PNG and WebP magic bytes and nothing else', () => {
    expect(detectImageType(jpeg)).toBe('image/jpeg');
    expect(detectImageType(png)).toBe('image/png');
    expect(detectImageType(bytes('RIFF', [4, 0, 0, 0], 'WEBP'))).toBe('image/webp');
    expect(detectImageType(bytes('GIF89a', [1, 0, 1, 0]))).toBeNull();
    expect(detectImageType(bytes('<svg onload="alert(1)"/>'))).toBeNull();
  });
});

describe('stripJpegMetadata', () => {
  it('removes both APP1 segments (EXIF and XMP) and keeps every other byte in order', () => {
    const out = stripJpegMetadata(jpeg);
    expect([...out]).toEqual([...bytes([0xff, 0xd8], app0, dqt, sos)]);
    expect(Buffer.from(out).includes('Jansen')).toBe(false);
    expect(out.length).toBe(jpeg.length - exif.length - xmp.length);
  });
  it('rejects a truncated segment', () => {
    expect(() => stripJpegMetadata(jpeg.subarray(0, 10))).toThrow(ImageRejected);
  });
});

describe('stripPngMetadata', () => {
  it('drops tEXt, iTXt and eXIf and keeps IHDR, IDAT and IEND byte for byte', () => {
    const out = stripPngMetadata(png);
    expect([...out]).toEqual([...bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ihdr, idat, iend)]);
    expect(Buffer.from(out).includes('GPS')).toBe(false);
  });
});

describe('stripWebpMetadata', () => {
  it('drops EXIF and XMP chunks, clears their VP8X flags and fixes the RIFF size', () => {
    const vp8x = bytes('VP8X', [10, 0, 0, 0], [0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const vp8l = bytes('VP8L', [5, 0, 0, 0], [0x2f, 0, 0, 0, 0], [0]); // odd size: one pad byte
    const exifChunk = bytes('EXIF', [4, 0, 0, 0], 'GPS!');
    const body = bytes('WEBP', vp8x, vp8l, exifChunk);
    const file = bytes('RIFF', [body.length & 255, body.length >> 8, 0, 0], body);
    const out = stripWebpMetadata(file);
    expect(Buffer.from(out).includes('GPS')).toBe(false);
    const riffSize = out[4] | (out[5] << 8);
    expect(riffSize).toBe(out.length - 8);
    expect(out[12 + 8]).toBe(0); // flags byte of VP8X
    expect(detectImageType(out)).toBe('image/webp');
  });
});

describe('cleanImage', () => {
  it('refuses other types, empty files and files over the limit', () => {
    expect(() => cleanImage(bytes('GIF89a'), 100)).toThrow('only JPEG, PNG and WebP');
    expect(() => cleanImage(new Uint8Array(), 100)).toThrow('empty');
    expect(() => cleanImage(png, 20)).toThrow('larger than 20 bytes');
  });
  it('does not change its input', () => {
    const copy = png.slice();
    cleanImage(png, 10_000);
    expect([...png]).toEqual([...copy]);
  });
  it('decodes plain base64 and data: URLs, and refuses text that is not base64', () => {
    const b64 = Buffer.from(png).toString('base64');
    expect([...decodeImageUpload(`data:image/png;base64,${b64}`)]).toEqual([...png]);
    expect(() => decodeImageUpload('<script>')).toThrow(ImageRejected);
  });
});
