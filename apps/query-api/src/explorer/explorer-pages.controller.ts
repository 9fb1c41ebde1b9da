import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { readFile } from 'node:fs/promises';
import { OpenAccess, ProblemException, problem } from '@ledger/platform';
import { EXPLORER_INDEX, explorerBuilt } from './explorer-files';

/** The explorer's paths: the page routes them in the browser, so each is answered with the same document. */
const PAGE_PATHS = ['/', 'companies/:companyId', 'companies/:companyId/as-of', 'review', 'audit'];

@ApiExcludeController()
@Controller()
export class ExplorerPagesController {
  @Get(PAGE_PATHS)
  @OpenAccess()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  async page(): Promise<string> {
    if (!explorerBuilt())
      throw new ProblemException(
        problem(503, 'explorer-not-built', 'The explorer is not built', { detail: 'run `npm run build` (npm start builds it when needed)' }),
      );
    return readFile(EXPLORER_INDEX, 'utf8');
  }
}
