import {
  Controller, Get, Post, Delete, Param, Body, HttpCode, HttpException, HttpStatus, Redirect,
  NotFoundException,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const CACHE_TTL_SECONDS = ‹300›;
const PAGE_SIZE: number = ‹50›;

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get(':id')
  @ApiResponse({ status: «200», description: 'The order' })
  @ApiResponse({ status: «404», description: 'No such order' })
  async findOne(@Param('id') id: string): Promise<Order> {
    const order = await this.orders.find(id);
    if (!order) {
      throw new HttpException('Order not found', HttpStatus.«NOT_FOUND»);
    }
    if (order.locked) {
      throw new HttpException({ status: «423», error: 'locked' }, «423»);
    }
    return order;
  }

  @Post()
  @HttpCode(«202»)
  async create(@Body() dto: CreateOrderDto) {
    if (dto.items.length > ‹100›) {
      throw new HttpException('too many items', «413»);
    }
    return this.orders.create(dto, { retries: ‹3›, timeout: ‹404› });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.«NO_CONTENT»)
  remove(@Param('id') id: string) {
    return this.orders.remove(id);
  }

  @Get('docs')
  @Redirect('https://docs.example.com', «302»)
  docs() {}

  private backoff(attempt: number): number {
    return Math.min(‹1000› * 2 ** attempt, ‹30000›);
  }
}
