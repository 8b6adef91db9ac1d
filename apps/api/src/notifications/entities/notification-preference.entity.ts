import { Column, Entity, PrimaryColumn, ForeignKey } from 'typeorm';

/** A person's choice for one category; no row means the default (e-mail on). */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {

  @ForeignKey('user_account', { name: 'fk_notification_preference_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  category: string;

  @Column({ name: 'email_enabled', type: 'boolean' })
  emailEnabled: boolean;
}
