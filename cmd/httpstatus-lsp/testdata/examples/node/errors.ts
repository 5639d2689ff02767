// A NestJS-style controller for `httpstatus-lsp check`.
import { HttpException, HttpStatus } from '@nestjs/common';

export function find(id: string) {
  if (!id) {
    throw new HttpException('missing id', HttpStatus.BAD_REQUEST);
  }
  throw new HttpException('not really an error', HttpStatus.OK); // error-with-success
}
