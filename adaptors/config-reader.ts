/**
 * Reads the fields of one JSON object of the adaptor config, so that every
 * mistake becomes an AdaptorConfigError naming the entry, the field and what is
 * allowed. Unknown fields are errors too: a typo must not silently drop a setting.
 */

/** A mistake in the adaptor config; the agent refuses to start with it. */
export class AdaptorConfigError extends Error {
  override readonly name = "AdaptorConfigError";
}

/** What a JSON value is, for messages ("an object", "the number 3"). */
export function jsonKind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  return `the ${typeof v} ${JSON.stringify(v)}`;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export class FieldReader {
  constructor(
    readonly obj: Record<string, unknown>,
    /** Where the object is ("adaptor config entry 0 (\"web\")"). */
    readonly where: string,
    /** Prefix of field names for nested objects ("ready."). */
    readonly prefix = "",
  ) {}

  fail(field: string, message: string): never {
    throw new AdaptorConfigError(`${this.where}: field "${this.prefix}${field}" ${message}`);
  }

  has(field: string): boolean {
    return Object.hasOwn(this.obj, field) && this.obj[field] !== undefined;
  }

  /** Refuses fields not in allowed. */
  rejectUnknown(allowed: readonly string[]): void {
    for (const k of Object.keys(this.obj)) {
      if (!allowed.includes(k)) {
        throw new AdaptorConfigError(`${this.where}: unknown field "${this.prefix}${k}"; allowed fields: ${allowed.map((a) => this.prefix + a).join(", ")}`);
      }
    }
  }

  string(field: string, required: true): string;
  string(field: string, required?: false): string | undefined;
  string(field: string, required = false): string | undefined {
    if (!this.has(field)) return required ? this.fail(field, "is required") : undefined;
    const v = this.obj[field];
    if (typeof v !== "string") this.fail(field, `must be a string, got ${jsonKind(v)}`);
    return v;
  }

  /** A string, or a number/boolean written without quotes (kept as its text). */
  scalar(field: string): string | undefined {
    if (!this.has(field)) return undefined;
    const v = this.obj[field];
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    return this.fail(field, `must be a string, a number or a boolean, got ${jsonKind(v)}`);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const v = this.string(field);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) this.fail(field, `is ${JSON.stringify(v)}, which is not allowed; use one of: ${allowed.join(", ")}`);
    return v as T;
  }

  int(field: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    if (!this.has(field)) return undefined;
    const v = this.obj[field];
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) {
      this.fail(field, `must be a whole number from ${min} to ${max}, got ${jsonKind(v)}`);
    }
    return v;
  }

  bool(field: string): boolean | undefined {
    if (!this.has(field)) return undefined;
    const v = this.obj[field];
    if (typeof v !== "boolean") this.fail(field, `must be true or false, got ${jsonKind(v)}`);
    return v;
  }

  stringArray(field: string, required = false): string[] | undefined {
    if (!this.has(field)) return required ? this.fail(field, "is required") : undefined;
    const v = this.obj[field];
    if (!Array.isArray(v)) this.fail(field, `must be an array of strings, got ${jsonKind(v)}`);
    v.forEach((x, i) => {
      if (typeof x !== "string") this.fail(`${field}[${i}]`, `must be a string, got ${jsonKind(x)}`);
    });
    return v as string[];
  }

  stringMap(field: string): Record<string, string> | undefined {
    if (!this.has(field)) return undefined;
    const v = this.obj[field];
    if (!isPlainObject(v)) this.fail(field, `must be an object of strings, got ${jsonKind(v)}`);
    for (const [k, x] of Object.entries(v)) {
      if (typeof x !== "string") this.fail(`${field}.${k}`, `must be a string, got ${jsonKind(x)}${typeof x === "number" ? `; quote it ("${x}")` : ""}`);
    }
    return { ...(v as Record<string, string>) };
  }

  /** A nested object, read with its own reader. */
  object(field: string): FieldReader | undefined {
    if (!this.has(field)) return undefined;
    const v = this.obj[field];
    if (!isPlainObject(v)) this.fail(field, `must be an object, got ${jsonKind(v)}`);
    return new FieldReader(v, this.where, `${this.prefix}${field}.`);
  }
}
