import type { PatternRule } from "../base/rule.js";
import type { Aside } from "../model/index.js";

/**
 * Lines of forum and social-media furniture that are never narrative. Each rule matches a whole (trimmed) line;
 * `keep` says whether the line is kept on the document as a link or attachment.
 */
export interface DebrisRule extends PatternRule {
  keep: Aside["kind"] | null;
}

export const DEBRIS_RULES: DebrisRule[] = [
  {
    id: "clean/debris/deleted-attachment-notice",
    kind: "debris",
    description: "A forum's notice that an attachment was deleted: the attachment is kept aside.",
    examples: ["Gunmen attacked the town.\n[attachment deleted by admin]\nThe army said."],
    pattern: /^\[(attachment|image|file|video)s? (deleted|removed) by [\w ]+\]$/i,
    keep: "attachment",
  },
  {
    id: "clean/debris/attachment-file-name",
    kind: "debris",
    description: "A line that is only an attached file's name: kept aside, it may date the post.",
    examples: ["Gunmen attacked the town.\nscreenshot_20240825_224149.jpeg\nThe army said."],
    pattern: /^[\w\-.() ]{1,200}\.(jpe?g|png|gif|webp|bmp|tiff?|heic|mp4|mov|webm|avi|mp3|pdf|docx?|xlsx?|zip)$/i,
    keep: "attachment",
  },
  {
    id: "clean/debris/bare-link",
    kind: "debris",
    description: "A line that is only a link: kept aside as the document's link.",
    examples: ["Gunmen attacked the town.\nhttps://example.org/watch?v=a1b2c3\nThe army said."],
    pattern: /^<?(https?:\/\/|www\.)\S+>?$/i,
    keep: "link",
  },
  {
    id: "clean/debris/call-to-action",
    kind: "debris",
    description: '"Watch more", "Read here": furniture between the paragraphs of a post.',
    examples: ["Gunmen attacked the town.\nWatch more;\nThe army said."],
    pattern:
      /^(watch|read|see|click|view|listen|download)( here| more| the video| full (story|article|report))?( here)?\s*[;:.!…>-]*$/i,
    keep: null,
  },
  {
    id: "clean/debris/share-bar",
    kind: "debris",
    description: 'A share bar ("Share this: Facebook Twitter").',
    examples: ["Gunmen attacked the town.\nShare this: Facebook Twitter WhatsApp\nThe army said."],
    pattern:
      /^(share( this( article| story)?)?|follow us( on)?|tweet|email|print)\s*[:;-]?(\s*(facebook|twitter|x|whatsapp|telegram|linkedin|email|print|copy link|reddit))*\s*$/i,
    keep: null,
  },
];
