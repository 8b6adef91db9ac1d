import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AnyUser, CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { etagOf, requireIfMatch } from '../common/concurrency';
import { ApiProblems } from '../common/openapi-decorators';
import { sendFile } from '../common/stored-file';
import {
  AttachmentQueryDto,
  CancelOrderDto,
  CreateOrderDto,
  CreateOrderMessageDto,
  InboxQueryDto,
  ListOrdersQueryDto,
  MessagesQueryDto,
  TimelineQueryDto,
  UpdateOccurrenceDto,
  UpdateOrderDto,
} from './dto/order.dto';
import {
  AttachmentDto,
  InboxPageDto,
  OrderDto,
  OrderMessageDto,
  OrderMessagePageDto,
  OrderPageDto,
  TimelineDto,
} from './dto/order-response.dto';
import {
  CreateProductDto,
  ProductDto,
  ProductListDto,
  ProductListQueryDto,
  UpdateProductDto,
} from './dto/product.dto';
import { ATTACHMENT_TYPES, OrderAttachmentsService } from './order-attachments.service';
import { OrderInboxService } from './order-inbox.service';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderMessagesService } from './order-messages.service';
import { OrderScheduleService } from './order-schedule.service';
import { OrderingService } from './ordering.service';
import { ProductsService } from './products.service';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag of the order version you acted on.',
});
/** Everyone who may read orders: the ordering units' staff and approvers (their units), coordinators, admins, reporters (all). */
const READERS = [Role.Orderer, Role.Approver, Role.Coordinator, Role.Admin, Role.Reporter];

@ApiTags('orders')
@Controller('api/v1/orders')
export class OrdersController {
  constructor(
    private readonly ordering: OrderingService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly schedule: OrderScheduleService,
    private readonly inbox: OrderInboxService,
    private readonly messages: OrderMessagesService,
    private readonly attachments: OrderAttachmentsService,
  ) {}

  private withEtag(reply: FastifyReply, order: OrderDto): OrderDto {
    void reply.header('etag', etagOf(order.version));
    return order;
  }

  @Post()
  @Roles(Role.Orderer, Role.Coordinator)
  @ApiOperation({
    summary:
      'Make an order (a draft, or submitted at once); retries with the same Idempotency-Key return the first answer',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A unique key per order, for safe retries (1–200 visible characters).',
  })
  @ApiCreatedResponse({ type: OrderDto })
  @ApiProblems(400, 422)
  async createOrder(
    @CurrentUser() user: UserPrincipal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    const { order, replayed } = await this.ordering.create(user, dto, key);
    void reply.header('location', `/api/v1/orders/${order.id}`);
    if (replayed) void reply.header('idempotent-replayed', 'true');
    return this.withEtag(reply, order);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Orders: an orderer sees their units’ orders, a coordinator all' })
  @ApiOkResponse({ type: OrderPageDto })
  @ApiProblems(400)
  listOrders(@CurrentUser() user: UserPrincipal, @Query() query: ListOrdersQueryDto): Promise<OrderPageDto> {
    return this.inbox.list(user, query);
  }

  @Get('inbox')
  @Roles(Role.Coordinator)
  @ApiOperation({
    summary: 'The coordinators’ inbox: open orders, overdue first, with their age and deadline',
  })
  @ApiOkResponse({ type: InboxPageDto })
  @ApiProblems(400)
  listOrderInbox(@Query() query: InboxQueryDto): Promise<InboxPageDto> {
    return this.inbox.inbox(query);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One order with its occurrences, wished areas and attachments' })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404)
  async getOrder(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(reply, await this.inbox.get(user, id));
  }

  @Patch(':id')
  @Roles(Role.Orderer, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({
    summary: 'Change an order; a new schedule replaces the old one (until experts are staffed)',
  })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async updateOrder(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(reply, await this.ordering.update(user, id, requireIfMatch(ifMatch), dto));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(Role.Orderer, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Send a draft to the coordinators' })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async submitOrder(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(reply, await this.ordering.submit(user, id, requireIfMatch(ifMatch)));
  }

  @Post(':id/start-matching')
  @HttpCode(200)
  @Roles(Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Take the order into matching (this answers the order)' })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async startOrderMatching(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(reply, await this.lifecycle.startMatching(user, id, requireIfMatch(ifMatch)));
  }

  @Post(':id/deliver')
  @HttpCode(200)
  @Roles(Role.Orderer, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Confirm the task took place' })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async deliverOrder(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(reply, await this.lifecycle.deliver(user, id, requireIfMatch(ifMatch)));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Close a delivered order' })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async closeOrder(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(reply, await this.lifecycle.close(user, id, requireIfMatch(ifMatch)));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(Role.Orderer, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({
    summary: 'Cancel the order (every time not yet over); close to the start it is flagged late',
  })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async cancelOrder(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: CancelOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(reply, await this.lifecycle.cancel(user, id, requireIfMatch(ifMatch), dto.reason));
  }

  @Patch(':id/occurrences/:occurrenceId')
  @Roles(Role.Orderer, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Move one time of a series, or change its place' })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async updateOrderOccurrence(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('occurrenceId', ParseUUIDPipe) occurrenceId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateOccurrenceDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(
      reply,
      await this.schedule.updateOccurrence(user, id, occurrenceId, requireIfMatch(ifMatch), dto),
    );
  }

  @Post(':id/occurrences/:occurrenceId/cancel')
  @HttpCode(200)
  @Roles(Role.Orderer, Role.Coordinator)
  @IF_MATCH
  @ApiOperation({ summary: 'Cancel one time of a series' })
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async cancelOrderOccurrence(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('occurrenceId', ParseUUIDPipe) occurrenceId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: CancelOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    return this.withEtag(
      reply,
      await this.schedule.cancelOccurrence(user, id, occurrenceId, requireIfMatch(ifMatch), dto.reason),
    );
  }

  @Get(':id/timeline')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Who did what and when, and what happens next' })
  @ApiOkResponse({ type: TimelineDto })
  @ApiProblems(400, 404)
  getOrderTimeline(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: TimelineQueryDto,
  ): Promise<TimelineDto> {
    return this.messages.timeline(user, id, query);
  }

  @Get(':id/messages')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Messages between the ordering unit and the coordinators, oldest first' })
  @ApiOkResponse({ type: OrderMessagePageDto })
  @ApiProblems(400, 404)
  listOrderMessages(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MessagesQueryDto,
  ): Promise<OrderMessagePageDto> {
    return this.messages.messages(user, id, query);
  }

  @Post(':id/messages')
  @Roles(Role.Orderer, Role.Coordinator)
  @ApiOperation({ summary: 'Write a message on the order' })
  @ApiCreatedResponse({ type: OrderMessageDto })
  @ApiProblems(400, 404)
  postOrderMessage(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateOrderMessageDto,
  ): Promise<OrderMessageDto> {
    return this.messages.postMessage(user, id, dto.body);
  }

  @Post(':id/attachments')
  @Roles(Role.Orderer, Role.Coordinator)
  @ApiOperation({ summary: 'Attach a file (PDF, image, Office or OpenDocument; at most 10 MB, 10 files)' })
  @ApiConsumes(...ATTACHMENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiProblems(400, 404, 409, 413, 415)
  addOrderAttachment(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AttachmentQueryDto,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: Buffer,
  ): Promise<AttachmentDto> {
    return this.attachments.addAttachment(
      user,
      id,
      query.fileName,
      contentType,
      Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    );
  }

  @Get(':id/attachments/:attachmentId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Download an attachment' })
  @ApiProduces(...ATTACHMENT_TYPES)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async getOrderAttachment(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.attachments.attachment(user, id, attachmentId);
    return sendFile(reply, file);
  }

  @Delete(':id/attachments/:attachmentId')
  @HttpCode(204)
  @Roles(Role.Orderer, Role.Coordinator)
  @ApiOperation({ summary: 'Remove an attachment' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async removeOrderAttachment(
    @CurrentUser() user: UserPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ): Promise<void> {
    await this.attachments.removeAttachment(user, id, attachmentId);
  }
}

@ApiTags('orders')
@Controller('api/v1/products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @AnyUser()
  @ApiOperation({ summary: 'The product catalogue (fi/sv/en); the order form starts from a product' })
  @ApiOkResponse({ type: ProductListDto })
  @ApiProblems(400)
  listProducts(@Query() query: ProductListQueryDto): Promise<ProductListDto> {
    return this.products.listProducts(query.includeInactive === true);
  }

  @Get(':code')
  @AnyUser()
  @ApiOperation({ summary: 'One product' })
  @ApiOkResponse({ type: ProductDto })
  @ApiProblems(404)
  async getProduct(
    @Param('code') code: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductDto> {
    const p = await this.products.getProduct(code);
    void reply.header('etag', etagOf(p.version));
    return p;
  }

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Add a product to the catalogue' })
  @ApiCreatedResponse({ type: ProductDto })
  @ApiProblems(400, 409)
  createProduct(@Body() dto: CreateProductDto): Promise<ProductDto> {
    return this.products.createProduct(dto);
  }

  @Patch(':code')
  @Roles(Role.Admin)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the product version you edited.' })
  @ApiOperation({ summary: 'Change a product (labels, defaults, fee basis) or take it out of use' })
  @ApiOkResponse({ type: ProductDto })
  @ApiProblems(400, 404, 412, 428)
  async updateProduct(
    @Param('code') code: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateProductDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductDto> {
    const p = await this.products.updateProduct(code, requireIfMatch(ifMatch), dto);
    void reply.header('etag', etagOf(p.version));
    return p;
  }
}
