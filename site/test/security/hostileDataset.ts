import { article, faq, reviewer, settings, withFields } from "@patient-ed/testing/fixtures";
import type { RawDocument } from "@patient-ed/content";

/** Markup an editor might paste, on purpose or not. None of it may run on a patient's page. */
export const SCRIPT = `<script>alert("xss")</script><img src=x onerror="alert(1)">`;
export const TITLE_BREAKOUT = `Ketamine </script><script>alert("ld")</script> & "quotes" 'single'`;

/** Link targets that must never become a working link: validation refuses them, and so does the renderer. */
export const HOSTILE_HREFS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(2)",
  "java\tscript:alert(3)",
  " javascript:alert(4)",
  "&#106;avascript:alert(5)",
  "javascript&colon;alert(6)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==",
  "vbscript:msgbox(8)",
  "VBScript:msgbox(9)",
];

const hostileBlock = (key: string, href: string) => ({
  _type: "block",
  _key: key,
  style: "normal",
  markDefs: [{ _type: "link", _key: `${key}l`, href }],
  children: [{ _type: "span", _key: `${key}s`, text: `hostile link ${key}`, marks: [`${key}l`] }],
});

/** Link targets that only look hostile: https URLs carrying markup, which must stay inside their attributes. */
export const MARKUP_URL = `https://example.org/"><script>alert(10)</script>`;

export const hostileDataset: RawDocument[] = [
  withFields(settings, {
    siteName: `Site ${SCRIPT}`,
    urgentHelp: [{ _key: "h", _type: "helpContact", label: `Emergency ${SCRIPT}`, number: "999", kind: "call" }],
    urgentHelpNote: `Anywhere else ${SCRIPT}`,
    contact: `x"onmouseover=alert(2)"@example.org`,
  }),
  withFields(reviewer, {
    name: `Dr "Quote" <b>Bold</b>`,
    credentials: `MD <script>alert(3)</script> "&"`,
    bio: SCRIPT,
  }),
  withFields(article, {
    title: TITLE_BREAKOUT,
    summary: `Summary ${SCRIPT}`,
    disclaimer: `Disclaimer ${SCRIPT}`,
    topics: [`</script><script>alert("topic")</script>`],
    references: [
      {
        _type: "source",
        _key: "r1",
        title: `Source ${SCRIPT}`,
        url: MARKUP_URL,
        doi: `10.1000/"><script>`,
      },
    ],
    body: [
      {
        _type: "block",
        _key: "h",
        style: "h2",
        markDefs: [],
        children: [{ _type: "span", _key: "hs", text: `Heading ${SCRIPT}`, marks: [] }],
      },
      hostileBlock("b", MARKUP_URL),
      {
        _type: "callout",
        _key: "c",
        level: "urgent",
        title: `Callout ${SCRIPT}`,
        body: [
          {
            _type: "block",
            _key: "cb",
            style: "normal",
            markDefs: [],
            children: [{ _type: "span", _key: "cs", text: SCRIPT, marks: [] }],
          },
        ],
      },
      {
        _type: "image",
        _key: "img",
        asset: { _type: "reference", _ref: "image-abc123-10x10-png" },
        alt: `Alt "with quotes" <script>alert(11)</script>`,
        caption: SCRIPT,
      },
    ],
  }),
  withFields(faq, { question: `Is ${SCRIPT} safe?`, disclaimer: `FAQ disclaimer ${SCRIPT}` }),
];

/** The same article with every hostile link target and a javascript: source: a dataset the build must refuse. */
export const hostileLinkDataset: RawDocument[] = hostileDataset.map((doc) =>
  doc._type === "article"
    ? withFields(doc, {
        body: HOSTILE_HREFS.map((href, index) => hostileBlock(`b${index}`, href)),
        references: [{ _type: "source", _key: "r1", title: "Source", url: "javascript:alert(10)" }],
      })
    : doc,
);
