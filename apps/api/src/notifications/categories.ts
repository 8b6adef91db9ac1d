export enum NotificationCategory {
  /** Fees, claims, payments: the person's own money. Cannot be switched off. */
  Money = 'money',
  /** Safety and wellbeing of the person. Cannot be switched off. */
  Safety = 'safety',
  Offers = 'offers',
  Orders = 'orders',
  Reminders = 'reminders',
  Registry = 'registry',
  System = 'system',
}

export const ALL_CATEGORIES: NotificationCategory[] = Object.values(NotificationCategory);

/** E-mail about these always goes out, whatever the person's preferences. */
export const LOCKED_CATEGORIES: NotificationCategory[] = [NotificationCategory.Money, NotificationCategory.Safety];
