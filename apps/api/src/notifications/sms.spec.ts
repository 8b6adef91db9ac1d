import { Logger } from '@nestjs/common';
import { LoggingSmsTransport } from './sms';

describe('SMS seam', () => {
  it('records the reference and logs neither the number nor the text', async () => {
    const logged: unknown[] = [];
    const spy = jest.spyOn(Logger.prototype, 'log').mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
    try {
      const sms = new LoggingSmsTransport();
      await sms.send('+358401234567', 'Tarjous odottaa vastaustasi', 'notification:42');
      expect(sms.sent).toEqual(['notification:42']);
      const text = JSON.stringify(logged);
      expect(text).toContain('notification:42');
      expect(text).not.toContain('358401234567');
      expect(text).not.toContain('Tarjous');
    } finally {
      spy.mockRestore();
    }
  });
});
