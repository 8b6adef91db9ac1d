import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';

/** An in-app message to one person, already in their language. One per event, person and template. */
@Entity({ name: 'notification' })
@Index('uq_notification_event_user_template', ['eventId', 'userId', 'template'], { unique: true })
@Index('ix_notification_user_unread', ['userId', 'readAt', 'createdAt'])
@Check('ck_notification_category', `"category" IN ('money', 'safety', 'offers', 'orders', 'reminders', 'registry', 'system')`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('user_account', { name: 'fk_notification_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** A path inside the SPA, e.g. /orders/123. */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
