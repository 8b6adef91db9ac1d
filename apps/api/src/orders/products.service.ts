import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { staleVersion } from '../common/concurrency';
import {
  CreateProductDto,
  mapProduct,
  ProductDto,
  ProductListDto,
  UpdateProductDto,
} from './dto/product.dto';
import { ProductEntity } from './entities/product.entity';
import { OrdersErrorCode, ordersProblem } from './orders.exception';

/** The product catalogue the order form starts from. */
@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listProducts(includeInactive: boolean): Promise<ProductListDto> {
    const rows = await this.dataSource.getRepository(ProductEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    return { items: rows.map(mapProduct) };
  }

  async getProduct(code: string): Promise<ProductDto> {
    const p = await this.dataSource.getRepository(ProductEntity).findOne({ where: { code } });
    if (!p) throw ordersProblem(OrdersErrorCode.ProductNotFound);
    return mapProduct(p);
  }

  async createProduct(dto: CreateProductDto): Promise<ProductDto> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(ProductEntity, { where: { code: dto.code } })) {
        throw ordersProblem(OrdersErrorCode.ProductExists, undefined, 'code');
      }
      await this.checkTaskType(manager, dto.taskTypeCode);
      if (dto.pairRequired && dto.defaultExpertCount < 2) {
        throw ordersProblem(
          OrdersErrorCode.UnknownCode,
          'A pair needs at least two experts.',
          'defaultExpertCount',
        );
      }
      const [{ max }] = await manager.query<Array<{ max: number | null }>>(
        'SELECT max(sort_order) AS max FROM product',
      );
      const saved = await manager.save(
        manager.create(ProductEntity, {
          ...dto,
          taskTypeCode: dto.taskTypeCode ?? null,
          active: dto.active ?? true,
          sortOrder: (max ?? 0) + 10,
        }),
      );
      await this.audit.record(
        { action: 'product.create', subjectType: 'product', subjectId: saved.code },
        manager,
      );
      return mapProduct(saved);
    });
  }

  async updateProduct(code: string, expectedVersion: number, dto: UpdateProductDto): Promise<ProductDto> {
    return this.dataSource.transaction(async (manager) => {
      const p = await manager.findOne(ProductEntity, {
        where: { code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!p) throw ordersProblem(OrdersErrorCode.ProductNotFound);
      if (p.version !== expectedVersion) throw staleVersion(p.version);
      if (dto.taskTypeCode !== undefined) await this.checkTaskType(manager, dto.taskTypeCode);
      const next = { ...p, ...dto };
      if (next.pairRequired && next.defaultExpertCount < 2) {
        throw ordersProblem(
          OrdersErrorCode.UnknownCode,
          'A pair needs at least two experts.',
          'defaultExpertCount',
        );
      }
      const { version: _v, updatedAt: _u, ...changes } = next;
      await manager.update(
        ProductEntity,
        { code, version: expectedVersion },
        { ...changes, version: expectedVersion + 1 },
      );
      await this.audit.record({ action: 'product.update', subjectType: 'product', subjectId: code }, manager);
      return mapProduct(await manager.findOneOrFail(ProductEntity, { where: { code } }));
    });
  }

  private async checkTaskType(manager: EntityManager, code: string | null | undefined): Promise<void> {
    if (!code) return;
    const [hit] = await manager.query<unknown[]>('SELECT 1 FROM catalog.task_types WHERE code = $1', [code]);
    if (!hit) throw ordersProblem(OrdersErrorCode.UnknownCode, `Unknown task type ${code}.`, 'taskTypeCode');
  }
}
