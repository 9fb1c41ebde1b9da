import { Controller, Delete, HttpCode, Options, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException, statusProblem } from '@ledger/platform';

/** Paths this app serves with GET only; in the standalone process the write API serves POST on none of them. */
const READ_ONLY_PATHS = [
  'v1/companies/:companyId',
  'v1/companies/:companyId/state',
  'v1/disclosures',
  'v1/probes',
  'v1/streams/all',
  'v1/streams/companies/:companyId',
  'v1/admin/projections',
];
/** Paths where the write API (when it runs in the same process) serves POST beside this app's GET. */
const SHARED_PATHS = ['v1/companies', 'v1/companies/:companyId/disclosures'];
const ALL_PATHS = [...READ_ONLY_PATHS, ...SHARED_PATHS, 'v1/admin/projections/:name/rebuild', 'v1/admin/audit/chain'];

const METHODS_THAT_MAY_BE_SERVED = ['GET', 'HEAD', 'POST'] as const;

/**
 * The methods a path does not serve answer 405 with `Allow` (rather than the router's 404, which says
 * the resource is not there), and OPTIONS answers 204 with `Allow`. Allow is read from the router, so
 * that it names the write API's POST only when the write API runs in this process.
 */
@ApiExcludeController()
@Controller()
export class MethodNotAllowedController {
  @Put(ALL_PATHS)
  put(@Req() request: FastifyRequest): never {
    throw methodNotAllowed(request);
  }

  @Patch(ALL_PATHS)
  patch(@Req() request: FastifyRequest): never {
    throw methodNotAllowed(request);
  }

  @Delete(ALL_PATHS)
  delete(@Req() request: FastifyRequest): never {
    throw methodNotAllowed(request);
  }

  @Post(READ_ONLY_PATHS)
  post(@Req() request: FastifyRequest): never {
    throw methodNotAllowed(request);
  }

  @Options(ALL_PATHS)
  @HttpCode(204)
  options(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): void {
    reply.header('allow', allowedMethods(request));
  }
}

function methodNotAllowed(request: FastifyRequest): ProblemException {
  const allow = allowedMethods(request);
  return new ProblemException(statusProblem(405, { detail: `${request.method} is not served here; allowed: ${allow}` }), { allow });
}

/** The methods served on the route the request matched: this controller's own 405 routes left out. */
function allowedMethods(request: FastifyRequest): string {
  const url = request.routeOptions.url ?? request.url;
  const refusedHere = (method: string) => method === 'POST' && READ_ONLY_PATHS.some((path) => `/${path}` === url);
  const served = METHODS_THAT_MAY_BE_SERVED.filter((method) => !refusedHere(method) && request.server.hasRoute({ method, url }));
  return [...served, 'OPTIONS'].join(', ');
}
