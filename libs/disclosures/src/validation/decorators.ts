// class-transformer's @Type reads design-time type metadata while classes are being declared.
import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsPositive,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

type Constructor = new () => object;

/**
 * Applies decorators in the order given, which is also the order their checks run. Stacked decorators
 * run bottom-up instead, so each field gets one composite check (besides Optional), ordered so that
 * the first failing check (validation stops there) is the most telling one.
 */
export function inOrder(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorator of decorators) decorator(target, property);
  };
}

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const trimmedEach = Transform(({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value,
);

/**
 * The field may be absent; unlike class-validator's IsOptional, null is refused (a wrong JSON type
 * is an error, never silently dropped). JSON-schema generation still reads it as not required.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/** Free text: trimmed, and non-empty once trimmed. */
export function Text(): PropertyDecorator {
  return inOrder(trimmed, IsString(), IsNotEmpty());
}

/** A list of free texts, each trimmed and non-empty. */
export function TextList(): PropertyDecorator {
  return inOrder(trimmedEach, IsArray(), IsString({ each: true }), IsNotEmpty({ each: true }));
}

/** One of a fixed set of strings; the message lists them. */
export function OneOf(values: readonly string[]): PropertyDecorator {
  return IsIn([...values], { message: ({ property }) => `${property} must be one of: ${values.join(', ')}` });
}

/** A string matching a pattern, with a message that says what was expected. */
export function Pattern(pattern: RegExp, expected: string): PropertyDecorator {
  return inOrder(IsString(), Matches(pattern, { message: ({ property }) => `${property} must be ${expected}` }));
}

/** A nested object validated by its own class. */
export function Nested(type: () => Constructor): PropertyDecorator {
  return inOrder(IsObject(), ValidateNested(), Type(type));
}

/** A list of nested objects, each validated by its own class. */
export function NestedList(type: () => Constructor): PropertyDecorator {
  return inOrder(IsArray(), IsObject({ each: true }), ValidateNested({ each: true }), Type(type));
}

export function Bool(): PropertyDecorator {
  return IsBoolean();
}

/**
 * JSON numbers are read as doubles, which hold integers exactly only up to 2^53 - 1: a larger one
 * may already have been rounded (9007199254740993 reads as 9007199254740992), so it is refused.
 */
const atMostSafeInteger = Max(Number.MAX_SAFE_INTEGER, {
  message: ({ property }) => `${property} must be a safe integer (at most ${Number.MAX_SAFE_INTEGER})`,
});

/** An integer from `min` (not below Number.MIN_SAFE_INTEGER) up to Number.MAX_SAFE_INTEGER. */
export function Integer(min: number): PropertyDecorator {
  return inOrder(IsInt(), Min(min), atMostSafeInteger);
}

/** Past 2^53 a double cannot even hold whole units exactly; no price or percentage comes near. */
const atMostLargestExactWhole = Max(Number.MAX_SAFE_INTEGER, {
  message: ({ property }) => `${property} must be at most ${Number.MAX_SAFE_INTEGER}`,
});

export function NonNegativeNumber(): PropertyDecorator {
  return inOrder(IsNumber({ allowNaN: false, allowInfinity: false }), Min(0), atMostLargestExactWhole);
}

export function PositiveNumber(): PropertyDecorator {
  return inOrder(IsNumber({ allowNaN: false, allowInfinity: false }), IsPositive(), atMostLargestExactWhole);
}

/** Text kept exactly as written (a quotation): not trimmed, but not blank. */
export function VerbatimText(): PropertyDecorator {
  return inOrder(IsString(), Matches(/\S/, { message: ({ property }) => `${property} must not be blank` }));
}
