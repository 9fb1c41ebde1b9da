import { applyDecorators } from '@nestjs/common';
import { ApiResponse, ApiResponseOptions } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';

/** RFC 9457 problem details as every error of the API answers them. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Each field at fault, when fields are at fault.',
      items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

/** An error answer as the document describes it: an application/problem+json document. */
export function problemAnswer(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA } } };
}

/** Documents the error answers of an endpoint, each an application/problem+json document: status → when. */
export function ApiProblems(answers: Record<number, string>): MethodDecorator & ClassDecorator {
  return applyDecorators(...Object.entries(answers).map(([status, description]) => ApiResponse({ status: Number(status), ...problemAnswer(description) })));
}

/** Documents several answers of an endpoint at once. */
export function ApiAnswers(answers: ApiResponseOptions[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...answers.map((answer) => ApiResponse(answer)));
}
