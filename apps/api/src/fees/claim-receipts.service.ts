import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { safeFileName } from '../common/stored-file';
import { ClaimAccessService } from './claim-access.service';
import { ClaimStepsService } from './claim-steps.service';
import { mapReceipt, ReceiptDto } from './dto/fees.dto';
import { FeeClaimReceiptEntity } from './entities/fees.entities';
import { FeesErrorCode, feesProblem } from './fees.exception';
import { ClaimStatus } from './fees.rules';

/** Receipts: a phone's photo or a PDF, at most 10 MB each and 10 a claim. */
export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
const MAX_RECEIPTS = 10;

/** A claim's receipts for tickets and other expenses: added and removed while the claim is the expert's, read audited. */
@Injectable()
export class ClaimReceiptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: ClaimAccessService,
    private readonly steps: ClaimStepsService,
  ) {}

  /** The expert (or a coordinator) adds a receipt while the claim is theirs to change. */
  async addReceipt(
    user: UserPrincipal,
    id: string,
    fileName: string,
    contentType: string | undefined,
    body: Buffer,
  ): Promise<ReceiptDto> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!RECEIPT_TYPES.includes(type))
      throw feesProblem(FeesErrorCode.ReceiptType, 'Send a photo (JPEG, PNG) or a PDF.');
    if (body.length === 0) throw feesProblem(FeesErrorCode.ReceiptType, 'The file is empty.');
    if (body.length > MAX_RECEIPT_BYTES)
      throw feesProblem(FeesErrorCode.ReceiptLimit, 'A receipt can be at most 10 MB.');
    return this.dataSource.transaction(async (manager) => {
      const c = await this.access.lockClaim(manager, user, id, null);
      if (!(await this.access.isExpertOf(manager, user, c)) && !this.access.isCoordinator(user))
        throw feesProblem(FeesErrorCode.NotYours);
      if (![ClaimStatus.Draft, ClaimStatus.Returned].includes(c.status))
        throw feesProblem(FeesErrorCode.Transition, `The claim is ${c.status}.`);
      if ((await manager.count(FeeClaimReceiptEntity, { where: { claimId: id } })) >= MAX_RECEIPTS) {
        throw feesProblem(FeesErrorCode.ReceiptLimit, `A claim can have at most ${MAX_RECEIPTS} receipts.`);
      }
      const saved = await manager.save(
        manager.create(FeeClaimReceiptEntity, {
          claimId: id,
          fileName: safeFileName(fileName),
          contentType: type,
          sizeBytes: body.length,
          data: body,
          uploadedBy: user.userId,
        }),
      );
      await this.steps.recordEvent(
        manager,
        id,
        user.userId,
        user.displayName,
        'receipt_added',
        null,
        null,
        saved.fileName,
      );
      return mapReceipt(saved);
    });
  }

  async receipt(
    user: UserPrincipal,
    id: string,
    receiptId: string,
  ): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    await this.access.visible(this.dataSource.manager, user, id);
    const r = await this.dataSource
      .getRepository(FeeClaimReceiptEntity)
      .createQueryBuilder('r')
      .addSelect('r.data')
      .where('r.id = :receiptId AND r.claim_id = :id', { receiptId, id })
      .getOne();
    if (!r?.data) throw feesProblem(FeesErrorCode.ReceiptNotFound);
    await this.audit.record({
      action: 'fee_claim.receipt.read',
      subjectType: 'fee_claim',
      subjectId: id,
      fieldGroup: 'receipt',
    });
    return { fileName: r.fileName, contentType: r.contentType, data: r.data };
  }

  async removeReceipt(user: UserPrincipal, id: string, receiptId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.access.lockClaim(manager, user, id, null);
      if (!(await this.access.isExpertOf(manager, user, c)) && !this.access.isCoordinator(user))
        throw feesProblem(FeesErrorCode.NotYours);
      if (![ClaimStatus.Draft, ClaimStatus.Returned].includes(c.status))
        throw feesProblem(FeesErrorCode.Transition, `The claim is ${c.status}.`);
      const r = await manager.findOne(FeeClaimReceiptEntity, { where: { id: receiptId, claimId: id } });
      if (!r) throw feesProblem(FeesErrorCode.ReceiptNotFound);
      await manager.delete(FeeClaimReceiptEntity, { id: receiptId });
      await this.steps.recordEvent(
        manager,
        id,
        user.userId,
        user.displayName,
        'receipt_removed',
        null,
        null,
        r.fileName,
      );
    });
  }
}
