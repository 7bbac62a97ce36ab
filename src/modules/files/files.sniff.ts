import { FILE_TYPES, type FileMediaType } from '../../shared/files.contract';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
const ZIP_EOCD_SIZE = 22;
const ZIP_MAX_COMMENT = 0xffff;

/** The names in a ZIP's central directory, or null when the bytes are not a readable ZIP. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  if (bytes.length < ZIP_EOCD_SIZE || bytes.readUInt32LE(0) !== ZIP_LOCAL_HEADER) return null;
  // The end-of-directory record sits at the end, followed only by an optional comment.
  const lowest = Math.max(0, bytes.length - ZIP_EOCD_SIZE - ZIP_MAX_COMMENT);
  let eocd = -1;
  for (let at = bytes.length - ZIP_EOCD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === ZIP_END_OF_DIRECTORY) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryStart = bytes.readUInt32LE(eocd + 16);
  if (directoryStart + directorySize > eocd) return null;
  const names: string[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== ZIP_DIRECTORY_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > eocd) return null;
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The real type of the bytes, from their first bytes (and for OFD, its ZIP directory), or null when
 * it is none of the accepted types. The name and the browser's claim are never trusted for this.
 */
export function sniffMediaType(bytes: Buffer): FileMediaType | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  // GB/T 33190: an OFD package is a ZIP with its entry file OFD.xml at the root.
  if (zipEntryNames(bytes)?.some((name) => name === 'OFD.xml')) return 'application/ofd';
  return null;
}

/** Other names browsers and scanners use for the accepted types. */
const DECLARED_ALIASES: Record<string, FileMediaType> = {
  'application/pdf': 'application/pdf',
  'application/x-pdf': 'application/pdf',
  'application/ofd': 'application/ofd',
  'application/x-ofd': 'application/ofd',
  // Browsers that do not know .ofd may call it a ZIP, which it is.
  'application/zip': 'application/ofd',
  'application/x-zip-compressed': 'application/ofd',
  'image/png': 'image/png',
  'image/x-png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
};
/** What a browser sends when it has no idea: not a claim about the content. */
const NO_CLAIM = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

const EXTENSION_TYPES = new Map<string, FileMediaType>(
  (Object.entries(FILE_TYPES) as [FileMediaType, (typeof FILE_TYPES)[FileMediaType]][]).flatMap(
    ([type, info]) => info.extensions.map((ext): [string, FileMediaType] => [ext, type]),
  ),
);

/** What contradicts the sniffed type: the declared type, the name's extension, or nothing. */
export function contradiction(
  actual: FileMediaType,
  declaredType: string | null,
  name: string,
): { field: 'declaredType' | 'extension'; claimed: string } | null {
  const declared = (declaredType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!NO_CLAIM.has(declared) && DECLARED_ALIASES[declared] !== actual) {
    return { field: 'declaredType', claimed: declared };
  }
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  const extType = ext ? EXTENSION_TYPES.get(ext) : undefined;
  if (ext && extType && extType !== actual) return { field: 'extension', claimed: `.${ext}` };
  return null;
}

const WINDOWS_RESERVED = new Set('"\\/:*?<>|');
/** Control characters, bidirectional overrides and isolates, and what Windows refuses in a name. */
const unsafeNameChar = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return (
    code < 0x20 ||
    code === 0x7f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    WINDOWS_RESERVED.has(c)
  );
};
const MAX_NAME_LENGTH = 200;

/**
 * A file name safe to store and send back: no path (some browsers send C:\fakepath\…), no control
 * or bidirectional-override characters (which can disguise an extension), no characters Windows
 * refuses, and not too long; the extension is kept when shortening.
 */
export function cleanFileName(raw: string, type: FileMediaType): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => !unsafeNameChar(c))
    .join('')
    .trim();
  const name = cleaned && !/^\.+$/.test(cleaned) ? cleaned : `file.${FILE_TYPES[type].extensions[0]}`;
  const chars = [...name];
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
  return chars.slice(0, MAX_NAME_LENGTH - ext.length).join('') + ext;
}
