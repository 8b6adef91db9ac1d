import type { FastifyReply } from 'fastify';
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The columns of a file kept in the database (an order's attachment, a claim's receipt). */
export abstract class StoredFileColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** Read only when the file itself is asked for. */
  @Column({ type: 'bytea', select: false })
  data?: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A file name safe in a header and on a disk. */
export const safeFileName = (name: string) => name.replace(/[\\/\r\n"]/g, '_');

/** Sends a stored file as a download (never shown inline, never sniffed, never cached). */
export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; data: Buffer },
): Buffer {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  return file.data;
}
