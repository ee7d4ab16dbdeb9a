// Writes a small valid one-page PDF: the stand-in CV document that file inputs receive in the
// demo, the end-to-end tests and the accuracy benchmark.
import fs from 'node:fs/promises';

/** Returns the bytes of a one-page PDF (Helvetica, A4) showing `lines` of ASCII text. */
export function buildPdf(lines) {
  const escapeText = (text) => text.replace(/[\\()]/g, (match) => `\\${match}`);
  const content = [
    'BT /F1 14 Tf 56 780 Td 18 TL',
    ...lines.map((line) => `(${escapeText(line)}) Tj T*`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];

  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Writes the stand-in CV PDF to `filePath`. */
export async function writeTestPdf(filePath) {
  await fs.writeFile(
    filePath,
    buildPdf(['Curriculum vitae', 'Demo document for Meritvalv tests and the demo site.', 'Fictional person.']),
  );
  return filePath;
}
