/** The content type the API expects, from the file (browsers sometimes leave `type` empty). */
export function attachmentType(file: File): string {
  if (file.type) return file.type;
  const ext = /\.(\w+)$/.exec(file.name)?.[1]?.toLowerCase();
  const byExt: Record<string, string> = {
    pdf: 'application/pdf',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    odt: 'application/vnd.oasis.opendocument.text',
  };
  return (ext && byExt[ext]) || 'application/octet-stream';
}
