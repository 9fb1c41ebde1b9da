import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OpenAccess } from '../auth/requires-scope.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  @Get('live')
  @OpenAccess()
  @ApiOkResponse({ description: 'The process is serving requests.', schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
