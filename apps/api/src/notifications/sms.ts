import { Injectable, Logger } from '@nestjs/common';

/** Where an SMS provider plugs in. None is contracted yet. */
export interface SmsTransport {
  send(toPhone: string, text: string, reference: string): Promise<void>;
}

export const SMS_TRANSPORT = Symbol('SMS_TRANSPORT');

/** Stand-in until a provider is chosen: logs that a message would have gone, never its content or number. */
@Injectable()
export class LoggingSmsTransport implements SmsTransport {
  private readonly logger = new Logger('Sms');
  readonly sent: string[] = [];

  async send(_toPhone: string, text: string, reference: string): Promise<void> {
    this.sent.push(reference);
    this.logger.log({ reference, length: text.length }, 'SMS not sent: no provider configured');
  }
}
