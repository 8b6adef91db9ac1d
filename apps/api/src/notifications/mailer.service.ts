import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
}

/**
 * SMTP when SMTP_URL is set. Otherwise (the demo) every message is written to DATA_DIR/mail as an
 * .eml file that any mail program opens, and admins can read it in the app: nothing is dropped.
 */
@Injectable()
export class MailerService {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;
  private readonly catcherDir: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.transport = createTransport(config.SMTP_URL);
      this.catcherDir = null;
    } else {
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.catcherDir = join(config.DATA_DIR, 'mail');
    }
  }

  get mode(): 'smtp' | 'catcher' {
    return this.catcherDir ? 'catcher' : 'smtp';
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // A stable id lets mail systems drop a duplicate if a retry follows a lost acknowledgement.
      messageId: `<${mail.id}@kokemus>`,
      headers: { 'Content-Language': mail.locale, 'Auto-Submitted': 'auto-generated' },
    });
    if (this.catcherDir) {
      mkdirSync(this.catcherDir, { recursive: true });
      writeFileSync(join(this.catcherDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`), info.message as Buffer);
      this.logger.log({ emailId: mail.id }, 'E-mail written to the local mail catcher');
    }
  }
}
