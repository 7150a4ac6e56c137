import type { Aside } from "../model/index.js";

/**
 * Lines of forum and social-media furniture that are never narrative. Each rule matches a whole (trimmed) line;
 * `keep` says whether the line is kept on the document as a link or attachment.
 */
export interface DebrisRule {
  name: string;
  example: string;
  pattern: RegExp;
  keep: Aside["kind"] | null;
}

export const DEBRIS_RULES: DebrisRule[] = [
  {
    name: "deleted-attachment-notice",
    example: "[attachment deleted by admin]",
    pattern: /^\[(attachment|image|file|video)s? (deleted|removed) by [\w ]+\]$/i,
    keep: "attachment",
  },
  {
    name: "attachment-file-name",
    example: "18713949_screenshot202408252241491_jpeg58b7ddc3c986ec0d363b6397f5b49c1b.jpeg",
    pattern: /^[\w\-.() ]{1,200}\.(jpe?g|png|gif|webp|bmp|tiff?|heic|mp4|mov|webm|avi|mp3|pdf|docx?|xlsx?|zip)$/i,
    keep: "attachment",
  },
  {
    name: "bare-link",
    example: "https://youtu.be/4IOFBzBoFDE?si=9iUm7ilEak2ZkmD-",
    pattern: /^<?(https?:\/\/|www\.)\S+>?$/i,
    keep: "link",
  },
  {
    name: "call-to-action",
    example: "Watch more;",
    pattern:
      /^(watch|read|see|click|view|listen|download)( here| more| the video| full (story|article|report))?( here)?\s*[;:.!…>-]*$/i,
    keep: null,
  },
  {
    name: "share-bar",
    example: "Share this: Facebook Twitter WhatsApp",
    pattern:
      /^(share( this( article| story)?)?|follow us( on)?|tweet|email|print)\s*[:;-]?(\s*(facebook|twitter|x|whatsapp|telegram|linkedin|email|print|copy link|reddit))*\s*$/i,
    keep: null,
  },
];
