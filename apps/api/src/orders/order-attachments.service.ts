import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { safeFileName } from '../common/stored-file';
import { AttachmentDto, mapAttachment, OrderEventType } from './dto/order-response.dto';
import { OrderAttachmentEntity } from './entities/order.entity';
import { OrdersErrorCode, ordersProblem } from './orders.exception';
import { canEdit } from './orders.rules';
import { OrderStoreService } from './order-store.service';

export const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const MAX_ATTACHMENTS = 10;

/** Files attached to an order, while it can still be edited. */
@Injectable()
export class OrderAttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: OrderStoreService,
    private readonly audit: AuditService,
  ) {}

  async addAttachment(
    user: UserPrincipal,
    id: string,
    fileName: string,
    contentType: string | undefined,
    body: Buffer,
  ): Promise<AttachmentDto> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!ATTACHMENT_TYPES.includes(type)) {
      throw ordersProblem(
        OrdersErrorCode.AttachmentType,
        'Attach a PDF, an image (PNG, JPEG), or a Word, PowerPoint, Excel or OpenDocument file.',
      );
    }
    if (body.length === 0) throw ordersProblem(OrdersErrorCode.AttachmentType, 'The file is empty.');
    if (body.length > MAX_ATTACHMENT_BYTES) {
      throw ordersProblem(OrdersErrorCode.AttachmentLimit, 'A file can be at most 10 MB.');
    }
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.findVisible(manager, user, id, true);
      if (!canEdit(order.status)) throw ordersProblem(OrdersErrorCode.NotEditable);
      const count = await manager.count(OrderAttachmentEntity, { where: { orderId: id } });
      if (count >= MAX_ATTACHMENTS)
        throw ordersProblem(
          OrdersErrorCode.AttachmentLimit,
          `An order can have at most ${MAX_ATTACHMENTS} attachments.`,
        );
      const saved = await manager.save(
        manager.create(OrderAttachmentEntity, {
          orderId: id,
          fileName: safeFileName(fileName),
          contentType: type,
          sizeBytes: body.length,
          data: body,
          uploadedBy: user.userId,
        }),
      );
      await this.store.addEvent(manager, id, user, OrderEventType.AttachmentAdded, {
        detail: { fileName: saved.fileName },
      });
      await this.audit.record(
        { action: 'order.attachment.add', subjectType: 'order', subjectId: id },
        manager,
      );
      return mapAttachment(saved);
    });
  }

  async attachment(
    user: UserPrincipal,
    id: string,
    attachmentId: string,
  ): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    await this.store.findVisible(this.dataSource.manager, user, id);
    const a = await this.dataSource
      .getRepository(OrderAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.data')
      .where('a.id = :attachmentId AND a.order_id = :id', { attachmentId, id })
      .getOne();
    if (!a?.data) throw ordersProblem(OrdersErrorCode.AttachmentNotFound);
    return { fileName: a.fileName, contentType: a.contentType, data: a.data };
  }

  async removeAttachment(user: UserPrincipal, id: string, attachmentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.store.findVisible(manager, user, id, true);
      if (!canEdit(order.status)) throw ordersProblem(OrdersErrorCode.NotEditable);
      const a = await manager.findOne(OrderAttachmentEntity, { where: { id: attachmentId, orderId: id } });
      if (!a) throw ordersProblem(OrdersErrorCode.AttachmentNotFound);
      await manager.delete(OrderAttachmentEntity, { id: attachmentId });
      await this.store.addEvent(manager, id, user, OrderEventType.AttachmentRemoved, {
        detail: { fileName: a.fileName },
      });
      await this.audit.record(
        { action: 'order.attachment.remove', subjectType: 'order', subjectId: id },
        manager,
      );
    });
  }
}
