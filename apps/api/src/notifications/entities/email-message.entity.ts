import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum EmailStatus {
  Pending = 'pending',
  Sent = 'sent',
  Failed = 'failed',
}

/** An e-mail rendered for one person; the send job delivers it and marks it sent. */
@Entity({ name: 'email_message' })
@Index('uq_email_message_event_user_template', ['eventId', 'userId', 'template'], { unique: true })
@Index('uq_email_message_event_address_template', ['eventId', 'toAddress', 'template'], {
  unique: true,
  where: '"user_id" IS NULL',
})
@Index('ix_email_message_created', ['createdAt'])
@Check('ck_email_message_status', `"status" IN ('pending', 'sent', 'failed')`)
export class EmailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  /** Null for a person without an account yet (an applicant, a guardian). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  locale: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody: string;

  @Column({ type: 'text', default: EmailStatus.Pending })
  status: EmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Holds a one-time link: the body is blanked once the message has been sent. */
  @Column({ type: 'boolean', default: false })
  sensitive: boolean;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
